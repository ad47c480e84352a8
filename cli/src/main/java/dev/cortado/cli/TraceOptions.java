package dev.cortado.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code cortado trace FILE [args] [--out DIR] [--max-events N]}: taken out of the
 * arguments wherever they appear (before a {@code --}), leaving the ordinary command line.
 * Confined to the thread that parses.
 */
record TraceOptions(Path out, int maxEvents, List<String> rest) {
  static final int DEFAULT_MAX_EVENTS = 1_000_000;

  /** Parses the arguments after {@code trace}; throws with a one-line message on bad input. */
  static TraceOptions parse(List<String> args, Path cwd) throws CommandLineArgs.BadCommandLine {
    Path out = cwd.resolve("cortado-trace");
    int maxEvents = DEFAULT_MAX_EVENTS;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        rest.addAll(args.subList(i, args.size()));
        break;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!name.equals("--out") && !name.equals("--max-events")) {
        rest.add(arg);
        continue;
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new CommandLineArgs.BadCommandLine("cortado trace: " + name + " needs a value", 9);
      }
      if (name.equals("--out")) {
        out = cwd.resolve(value).normalize();
      } else {
        try {
          maxEvents = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          maxEvents = 0;
        }
        if (maxEvents <= 0) {
          throw new CommandLineArgs.BadCommandLine(
              "cortado trace: --max-events must be a positive whole number, not '" + value + "'", 9);
        }
      }
    }
    return new TraceOptions(out, maxEvents, rest);
  }
}
