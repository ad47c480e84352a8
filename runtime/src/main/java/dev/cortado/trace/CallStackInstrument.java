package dev.cortado.trace;

import com.oracle.truffle.api.instrumentation.TruffleInstrument;

/**
 * A Truffle instrument that reports every function entry and exit of a traced engine to a
 * {@link CallListener}. It is created only on engines built for {@code cortado trace} (see {@link
 * TraceEngine}); the shared engine never has it, so untraced runs pay nothing. Engine threads.
 */
public final class CallStackInstrument extends TruffleInstrument {
  /** The instrument's id, as registered by {@link CallStackInstrumentProvider}. */
  public static final String ID = "cortado-call-stack";

  @Override
  protected void onCreate(Env env) {
    env.registerService(new CallStackControl(env.getInstrumenter()));
  }
}
