package dev.cortado.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * A standard stream for the REPL's runtime: while the REPL waits at its prompt, whole lines the
 * program writes (a timer's {@code console.log}) are printed above the prompt and the line being
 * edited is redrawn; otherwise bytes go straight through. Thread-safe.
 */
final class PromptAwareOutput extends OutputStream {
  private final OutputStream direct;
  private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
  private final LineReader reader;

  /** Writes to {@code direct}, or above the prompt of {@code reader} while it reads. */
  PromptAwareOutput(OutputStream direct, LineReader reader) {
    this.direct = direct;
    this.reader = reader;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    if (reader.isReading()) {
      partialLine.write(bytes, offset, length);
      byte[] pending = partialLine.toByteArray();
      int end = pending.length;
      while (end > 0 && pending[end - 1] != '\n') {
        end--;
      }
      if (end > 0) {
        partialLine.reset();
        partialLine.write(pending, end, pending.length - end);
        reader.printAbove(new String(pending, 0, end - 1, StandardCharsets.UTF_8));
      }
      return;
    }
    if (partialLine.size() > 0) {
      partialLine.writeTo(direct);
      partialLine.reset();
    }
    direct.write(bytes, offset, length);
  }

  @Override
  public synchronized void flush() throws IOException {
    direct.flush();
  }
}
