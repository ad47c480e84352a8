package dev.cortado.cli;

import dev.cortado.loop.EventLoop;
import dev.cortado.loop.MainProgram;
import dev.cortado.loop.RuntimeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code cortado} command. Runs on the JVM's main thread; the loop gets its own thread. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: cortado FILE [args...]");
      System.exit(9);
    }
    Path file = Path.of(args[0]).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      System.err.println("cortado: cannot find module '" + file + "'");
      System.exit(1);
    }
    RuntimeOptions options = RuntimeOptions.forProcess(List.of(args).subList(1, args.length));
    int code = new EventLoop(options).start(new MainProgram.ScriptFile(file)).get();
    System.exit(code);
  }
}
