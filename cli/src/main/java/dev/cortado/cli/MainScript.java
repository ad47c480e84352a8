package dev.cortado.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the file {@code cortado NAME} runs, as Node resolves its main module: the file itself,
 * then NAME.js and NAME.json, then a directory's package.json "main" or its index.js. Stateless.
 */
final class MainScript {
  private static final String[] EXTENSIONS = {".js", ".json"};
  private static final Pattern MAIN_FIELD = Pattern.compile("\"main\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private MainScript() {}

  /** The file to run, or empty when nothing matches. */
  static Optional<Path> resolve(Path cwd, String name) {
    Path path = cwd.resolve(name).toAbsolutePath().normalize();
    Optional<Path> file = asFile(path);
    return file.isPresent() ? file : asDirectory(path);
  }

  private static Optional<Path> asFile(Path path) {
    if (Files.isRegularFile(path)) {
      return Optional.of(path);
    }
    for (String extension : EXTENSIONS) {
      Path candidate = path.resolveSibling(path.getFileName() + extension);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> asDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Path manifest = dir.resolve("package.json");
    if (Files.isRegularFile(manifest)) {
      try {
        Matcher main = MAIN_FIELD.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
        if (main.find() && !main.group(1).isEmpty()) {
          Path target = dir.resolve(main.group(1)).normalize();
          Optional<Path> found = asFile(target);
          if (found.isEmpty()) {
            found = asIndex(target);
          }
          if (found.isPresent()) {
            return found;
          }
        }
      } catch (IOException e) {
        // unreadable package.json: fall back to index.js, as Node does
      }
    }
    return asIndex(dir);
  }

  private static Optional<Path> asIndex(Path dir) {
    for (String extension : EXTENSIONS) {
      Path index = dir.resolve("index" + extension);
      if (Files.isRegularFile(index)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }
}
