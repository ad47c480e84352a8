package dev.cortado.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's JavaScript keeps object state under {@code internal.sharedSymbol(...)} keys, never
 * in private class members ({@code #x}) or under a {@code Symbol()} made per Context: code compiled
 * on the shared engine serves every Context, and keys that differ per Context make it go generic
 * (see {@link SharedSymbols}). Reads every {@code .js} resource of the runtime and names each file
 * and line that breaks the rule.
 */
class NoPrivateStateTest {
  /**
   * What may stay, with why: "file|text the line contains". Keep it short; each entry needs a reason.
   */
  private static final List<String> ALLOWED = List.of(
      // The factory of the shared keys itself: the fresh symbol is handed to SharedSymbols, and
      // only the first Context's becomes the key every Context uses.
      "00_primordials.js|sharedSymbols.get(name, Symbol(name))");

  private static final Pattern PRIVATE_NAME = Pattern.compile("(?<![\\w$])#[A-Za-z_$][\\w$]*");
  /** A call of Symbol (plain or through an object: primordials.Symbol(...)); not Symbol.for, SymbolFor. */
  private static final Pattern SYMBOL_CALL = Pattern.compile("(?<![\\w$])Symbol\\s*\\(");
  /** Symbol taken under another name, as in {@code const { Symbol: SymbolCtor } = primordials}. */
  private static final Pattern SYMBOL_ALIAS = Pattern.compile("(?<![\\w$])Symbol\\s*:\\s*([A-Za-z_$][\\w$]*)");
  private static final Pattern SHARED_SYMBOL = Pattern.compile(
      "sharedSymbol\\(\\s*'([^']*)'\\s*(,\\s*(true|false)\\s*)?\\)");

  @Test
  void theRuntimesJavaScriptHasNoPerContextKeys() throws IOException, URISyntaxException {
    Path root = resourcesRoot();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    assertThat(files).as("the runtime's .js resources under %s", root).hasSizeGreaterThan(40);
    List<String> problems = new ArrayList<>();
    Map<String, String> visibility = new HashMap<>(); // shared symbol name -> "visible"/"hidden" @ where
    for (Path file : files) {
      String name = root.relativize(file).toString();
      problems.addAll(check(name, Files.readString(file), visibility));
    }
    assertThat(problems).as("private class members or per-Context Symbol() keys (use internal.sharedSymbol)")
        .isEmpty();
  }

  @Test
  void findsWhatItLooksFor() {
    String planted = """
        // a comment with #notThis and Symbol('notThis')
        const text = 'a #string and Symbol("x")', re = /#[a-z]+Symbol(x)/g;
        const tpl = `#tpl ${ Symbol('inTemplate') } and Symbol('notThis')`;
        class A {
          #secret = 1;
          static #count;
          #method() { return this.#secret; }
          get x() { return #secret in this; }
        }
        const k = Symbol('k');
        const k2 = internal.primordials.Symbol('k2');
        const ok = [Symbol.for('x'), Symbol.iterator, SymbolFor('y'), internal.sharedSymbol('file:ok')];
        const a = internal.sharedSymbol('nocolon');
        const b = internal.sharedSymbol('x:both', true);
        const c = internal.sharedSymbol('x:both');
        const { Symbol: SymbolCtor } = internal.primordials;
        const k3 = SymbolCtor('k3'), ok2 = SymbolCtor.for('ok2'), ok3 = NotSymbolCtor('x');
        """;
    List<String> found = check("planted.js", planted, new HashMap<>());
    assertThat(found).containsExactly(
        "planted.js:3: Symbol(...) makes a key per Context: `const tpl = `#tpl ${ Symbol('inTemplate') } and Symbol('notThis')`;`",
        "planted.js:5: private class member #secret: `#secret = 1;`",
        "planted.js:6: private class member #count: `static #count;`",
        "planted.js:7: private class member #method: `#method() { return this.#secret; }`",
        "planted.js:7: private class member #secret: `#method() { return this.#secret; }`",
        "planted.js:8: private class member #secret: `get x() { return #secret in this; }`",
        "planted.js:10: Symbol(...) makes a key per Context: `const k = Symbol('k');`",
        "planted.js:11: Symbol(...) makes a key per Context: `const k2 = internal.primordials.Symbol('k2');`",
        "planted.js:13: sharedSymbol('nocolon') is hidden but not named 'file:what'",
        "planted.js:15: sharedSymbol('x:both') is hidden here but visible at planted.js:14",
        "planted.js:17: Symbol(...) makes a key per Context: `const k3 = SymbolCtor('k3'), ok2 = SymbolCtor.for('ok2'), ok3 = NotSymbolCtor('x');`");
    // The allow-list lets exactly its line through.
    assertThat(check("00_primordials.js", "const key = sharedSymbols.get(name, Symbol(name));\nSymbol(name);\n",
        new HashMap<>())).containsExactly("00_primordials.js:2: Symbol(...) makes a key per Context: `Symbol(name);`");
  }

  /** The source tree's resources when the test runs in the module, else what is on the class path. */
  private static Path resourcesRoot() throws URISyntaxException {
    Path source = Path.of("src/main/resources");
    if (Files.isDirectory(source.resolve("dev/cortado/js"))) {
      return source;
    }
    Path primordials = Path.of(NoPrivateStateTest.class.getResource("/dev/cortado/js/00_primordials.js").toURI());
    return primordials.getParent().getParent().getParent().getParent();
  }

  private static List<String> check(String name, String source, Map<String, String> visibility) {
    String code = codeOnly(source);
    String[] codeLines = code.split("\n", -1);
    String[] lines = source.split("\n", -1);
    List<String> problems = new ArrayList<>();
    List<Pattern> symbolCalls = new ArrayList<>(List.of(SYMBOL_CALL));
    Matcher alias = SYMBOL_ALIAS.matcher(code);
    while (alias.find()) {
      symbolCalls.add(Pattern.compile("(?<![\\w$.])" + Pattern.quote(alias.group(1)) + "\\s*\\("));
    }
    for (int i = 0; i < codeLines.length; i++) {
      String line = codeLines[i];
      String shown = lines[i].strip();
      String where = name + ":" + (i + 1);
      Matcher m = PRIVATE_NAME.matcher(line);
      while (m.find()) {
        problems.add(where + ": private class member " + m.group() + ": `" + shown + "`");
      }
      for (Pattern symbolCall : symbolCalls) {
        m = symbolCall.matcher(line);
        while (m.find()) {
          if (!allowed(name, lines[i])) {
            problems.add(where + ": Symbol(...) makes a key per Context: `" + shown + "`");
          }
        }
      }
      // Names are in string literals, which codeOnly blanked: read them from the source line.
      m = SHARED_SYMBOL.matcher(lines[i]);
      while (m.find() && line.contains("sharedSymbol(")) {
        String symbol = m.group(1);
        boolean visible = "true".equals(m.group(3));
        if (!visible && !symbol.contains(":")) {
          problems.add(where + ": sharedSymbol('" + symbol + "') is hidden but not named 'file:what'");
        }
        String mine = visible ? "visible" : "hidden";
        String before = visibility.putIfAbsent(symbol, mine + "@" + where);
        if (before != null && !before.startsWith(mine + "@")) {
          problems.add(where + ": sharedSymbol('" + symbol + "') is " + mine + " here but "
              + before.replace("@", " at "));
        }
      }
    }
    return problems;
  }

  private static boolean allowed(String file, String line) {
    for (String entry : ALLOWED) {
      int bar = entry.indexOf('|');
      if (file.endsWith(entry.substring(0, bar)) && line.contains(entry.substring(bar + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source with comments, string and template text and regular expression literals replaced by
   * spaces (line breaks kept, so lines keep their numbers); the code inside a template's
   * {@code ${...}} stays.
   */
  static String codeOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    // Brace depth at which each open template's ${ started; a '}' at that depth resumes the template.
    List<Integer> templates = new ArrayList<>();
    int depth = 0;
    char last = 0; // the last significant character of code, for telling a regex from a division
    String lastWord = "";
    int i = 0;
    int n = s.length();
    boolean inTemplate = false;
    while (i < n) {
      char c = s.charAt(i);
      if (inTemplate) {
        if (c == '\\' && i + 1 < n) {
          out.append(' ').append(blank(s.charAt(i + 1)));
          i += 2;
        } else if (c == '`') {
          out.append(' ');
          i++;
          inTemplate = false;
          last = 'a';
        } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
          out.append("${");
          i += 2;
          templates.add(depth);
          depth++;
          inTemplate = false;
          last = '{';
        } else {
          out.append(blank(c));
          i++;
        }
        continue;
      }
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
        continue;
      }
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (; i < end; i++) {
          out.append(blank(s.charAt(i)));
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        out.append(' ');
        i++;
        while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
          if (s.charAt(i) == '\\' && i + 1 < n) {
            out.append(' ');
            i++;
          }
          out.append(blank(s.charAt(i)));
          i++;
        }
        if (i < n) {
          out.append(' ');
          i++;
        }
        last = 'a';
        continue;
      }
      if (c == '`') {
        out.append(' ');
        i++;
        inTemplate = true;
        continue;
      }
      if (c == '/' && regexAllowedAfter(last, lastWord)) {
        out.append(' ');
        i++;
        boolean inClass = false;
        while (i < n && s.charAt(i) != '\n') {
          char r = s.charAt(i);
          if (r == '\\' && i + 1 < n) {
            out.append("  ");
            i += 2;
            continue;
          }
          if (r == '[') {
            inClass = true;
          } else if (r == ']') {
            inClass = false;
          } else if (r == '/' && !inClass) {
            break;
          }
          out.append(' ');
          i++;
        }
        if (i < n && s.charAt(i) == '/') {
          out.append(' ');
          i++;
        }
        last = 'a';
        lastWord = "";
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (!templates.isEmpty() && templates.get(templates.size() - 1) == depth - 1) {
          templates.remove(templates.size() - 1);
          depth--;
          out.append('}');
          i++;
          inTemplate = true;
          continue;
        }
        depth--;
      }
      out.append(c);
      if (Character.isJavaIdentifierPart(c)) {
        boolean continues = i > 0 && Character.isJavaIdentifierPart(s.charAt(i - 1));
        lastWord = continues ? lastWord + c : String.valueOf(c);
        last = c;
      } else if (!Character.isWhitespace(c)) {
        last = c;
        lastWord = "";
      }
      i++;
    }
    return out.toString();
  }

  private static char blank(char c) {
    return c == '\n' ? '\n' : ' ';
  }

  /** Whether a '/' after this token starts a regular expression rather than a division. */
  private static boolean regexAllowedAfter(char last, String word) {
    if (last == 0) {
      return true;
    }
    if (Character.isJavaIdentifierPart(last)) {
      return switch (word) {
        case "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw",
             "instanceof", "yield", "await" -> true;
        default -> false;
      };
    }
    return ")]}".indexOf(last) < 0;
  }
}
