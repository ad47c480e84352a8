package dev.cortado.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress lines {@code --daemon-wait-warm} prints while it waits: the warm-up's lines of the
 * daemon log (each round, the hand-off), as the daemons write them. Both the daemon and its
 * successor append to the same log, so the successor's rounds show too. Without them a newcomer
 * waited minutes on a silent command.
 *
 * <p>Threads: made and closed by a session's thread; a daemon thread of its own follows the log.
 */
final class WarmupProgress implements AutoCloseable {
  /** A log line of the warm-up or the hand-off, without its time stamp. */
  private static final Pattern PROGRESS = Pattern.compile(
      "\\S+ (cortado daemon \\d+: (?:warm-up |started successor |took over |listening on .*, to take over ).*)");
  private static final long POLL_MILLIS = 500;

  private final Path log;
  private final PrintStream out;
  private final Thread follower;
  private long position;
  /** The bytes of a line not yet complete (a newline byte never occurs inside a UTF-8 character). */
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private volatile boolean closed;
  /** Set once close has printed the last lines: nothing is printed after it. */
  private boolean finished;

  private WarmupProgress(Path log, PrintStream out) {
    this.log = log;
    this.out = out;
    this.position = size(log);
    this.follower = Thread.ofPlatform().daemon().name("cortado-daemon-warmup-progress").unstarted(this::follow);
  }

  /** Prints the warm-up's new log lines from now on to {@code out}, until closed. */
  static WarmupProgress follow(Path log, PrintStream out) {
    WarmupProgress progress = new WarmupProgress(log, out);
    progress.follower.start();
    return progress;
  }

  private void follow() {
    while (!closed) {
      readNewLines();
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void readNewLines() {
    if (finished) {
      return;
    }
    long size = size(log);
    if (size <= position) {
      return;
    }
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      file.seek(position);
      byte[] bytes = new byte[(int) Math.min(size - position, 1 << 20)];
      file.readFully(bytes);
      position += bytes.length;
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          partial.write(bytes, start, i - start);
          printIfProgress(partial.toString(StandardCharsets.UTF_8));
          partial.reset();
          start = i + 1;
        }
      }
      partial.write(bytes, start, bytes.length - start);
    } catch (IOException e) {
      // the log is gone (the directory was cleaned): no progress to show
    }
  }

  private void printIfProgress(String logLine) {
    Matcher line = PROGRESS.matcher(logLine);
    if (line.matches()) {
      out.println(line.group(1));
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Prints what the log gained since the last look, and stops following it. */
  @Override
  public void close() {
    closed = true;
    follower.interrupt();
    synchronized (this) {
      readNewLines();
      finished = true;
    }
  }
}
