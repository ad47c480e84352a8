package dev.cortado.trace;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventBinding;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventListener;
import com.oracle.truffle.api.instrumentation.Instrumenter;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The service of {@link CallStackInstrument}: attaches a {@link CallListener} to every function
 * root of the engine. Any thread; the listener is called on the threads that run JavaScript.
 */
public final class CallStackControl {
  private final Instrumenter instrumenter;

  CallStackControl(Instrumenter instrumenter) {
    this.instrumenter = instrumenter;
  }

  /** A source's path, or its name when it has none (the runtime's own files). Any thread. */
  static String sourcePath(SourceSection section) {
    String path = section.getSource().getPath();
    return path != null ? path : section.getSource().getName();
  }

  /** Starts reporting to {@code listener}; close the binding to stop. Any thread. */
  public AutoCloseable attach(CallListener listener) {
    SourceSectionFilter roots = SourceSectionFilter.newBuilder()
        .tagIs(StandardTags.RootTag.class).includeInternal(true).build();
    EventBinding<?> binding = instrumenter.attachExecutionEventListener(roots, new Forwarder(listener));
    return binding::dispose;
  }

  private record Forwarder(CallListener listener) implements ExecutionEventListener {
    @Override
    public void onEnter(EventContext context, VirtualFrame frame) {
      enter(context);
    }

    @Override
    public void onReturnValue(EventContext context, VirtualFrame frame, Object result) {
      exit();
    }

    @Override
    public void onReturnExceptional(EventContext context, VirtualFrame frame, Throwable exception) {
      exit();
    }

    @TruffleBoundary
    private void enter(EventContext context) {
      if (!listener.listening()) {
        return; // the trace is full: the rest of the run costs no stack walks
      }
      SourceSection section = context.getInstrumentedSourceSection();
      String name = context.getInstrumentedNode().getRootNode().getName();
      CallListener.Caller caller = Truffle.getRuntime().iterateFrames(frame -> {
        Node call = frame.getCallNode();
        if (call == null) {
          return null;
        }
        SourceSection site = call.getEncapsulatingSourceSection();
        if (site == null || !site.isAvailable()) {
          return null;
        }
        RootNode root = call.getRootNode();
        SourceSection rootSection = root == null ? null : root.getSourceSection();
        boolean rootKnown = rootSection != null && rootSection.isAvailable();
        return new CallListener.Caller(root == null ? null : root.getName(), sourcePath(site),
            rootKnown ? rootSection.getStartLine() : site.getStartLine(),
            rootKnown ? rootSection.getStartColumn() : site.getStartColumn(),
            site.getStartLine(), site.getStartColumn());
      });
      if (section == null || !section.isAvailable()) {
        listener.enter(name, null, 0, 0, true, caller);
        return;
      }
      listener.enter(name, sourcePath(section), section.getStartLine(), section.getStartColumn(),
          section.getSource().isInternal(), caller);
    }

    @TruffleBoundary
    private void exit() {
      if (!listener.listening()) {
        return;
      }
      listener.exit();
    }
  }
}
