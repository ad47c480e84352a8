package dev.cortado.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a finished trace as {@code trace.json} (Chrome Trace Event Format) and {@code
 * trace.html} (the self-contained replay page, with the events and the user's source files
 * inside it). Any thread, after the run.
 */
public final class TraceFiles {
  private static final String DATA_SLOT = "/*CORTADO_TRACE_DATA*/null";

  private TraceFiles() {}

  /** The two files written, for the message the command prints. */
  public record Written(Path json, Path html, int events) { }

  public static Written write(TraceRecorder recorder, Path directory, String title) throws IOException {
    Files.createDirectories(directory);
    List<TraceEvent> events = recorder.events();
    StringBuilder json = new StringBuilder(events.size() * 120 + 1024);
    ChromeTraceJson.write(json, events, recorder.truncated(), recorder.maxEvents());
    Path jsonFile = directory.resolve("trace.json");
    Files.writeString(jsonFile, json, StandardCharsets.UTF_8);

    StringBuilder data = new StringBuilder(events.size() * 100 + 1024);
    data.append("{\"title\":");
    JsonText.string(data, title).append(",\"truncated\":").append(recorder.truncated())
        .append(",\"maxEvents\":").append(recorder.maxEvents()).append(",\"files\":{");
    boolean first = true;
    for (String file : recorder.files()) {
      String text = readSource(file);
      if (text == null) {
        continue;
      }
      if (!first) {
        data.append(',');
      }
      first = false;
      JsonText.string(data, file).append(':');
      JsonText.string(data, text);
    }
    data.append("},\"events\":");
    StepEventsJson.write(data, events);
    data.append('}');
    String page = template().replace(DATA_SLOT, data.toString());
    Path htmlFile = directory.resolve("trace.html");
    Files.writeString(htmlFile, page, StandardCharsets.UTF_8);
    return new Written(jsonFile, htmlFile, events.size());
  }

  private static String readSource(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String template() throws IOException {
    try (InputStream in = TraceFiles.class.getResourceAsStream("replay.html")) {
      if (in == null) {
        throw new IOException("replay.html is missing from the runtime jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
