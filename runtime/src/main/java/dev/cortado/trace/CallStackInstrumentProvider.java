package dev.cortado.trace;

import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider;
import java.util.Collection;
import java.util.List;

/**
 * Registers {@link CallStackInstrument} with Truffle (found through {@code META-INF/services}).
 * Truffle's annotation processor would generate this class; it is written by hand because the
 * processor is not available from our package registry. Engine threads.
 */
@TruffleInstrument.Registration(id = CallStackInstrument.ID, name = "Cortado call stack",
    services = CallStackControl.class)
public final class CallStackInstrumentProvider extends TruffleInstrumentProvider {
  @Override
  protected String getInstrumentClassName() {
    return CallStackInstrument.class.getName();
  }

  @Override
  protected Object create() {
    return new CallStackInstrument();
  }

  @Override
  protected Collection<String> getServicesClassNames() {
    return List.of(CallStackControl.class.getName());
  }
}
