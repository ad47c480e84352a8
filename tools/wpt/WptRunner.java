import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cortado's web-platform-tests runner, a development tool: runs the {@code .any.js} tests of a WPT
 * checkout, one fresh runtime process per test file, and compares the results with
 * {@code tools/wpt/expectations.json}. Single-file program: {@code java tools/wpt/WptRunner.java}
 * (see tools/wpt/run and tools/wpt/README.md). Worker threads run the processes; output is
 * printed under a lock.
 */
public final class WptRunner {

    /** The directories issue 4 measures, and compression, run when no path is given. */
    static final List<String> DEFAULT_DIRS = List.of(
            "html/webappapis/timers", "html/webappapis/microtask-queuing",
            "html/webappapis/structured-clone", "html/webappapis/atob", "dom/events", "dom/abort",
            "encoding", "url", "console", "hr-time", "FileAPI/blob", "streams",
            "WebCryptoAPI/getRandomValues", "compression");

    static final String ORIGIN = "http://web-platform.test:8000";
    static final String[] SUBTEST_STATUS = {"PASS", "FAIL", "TIMEOUT", "NOTRUN", "PRECONDITION_FAILED"};
    static final String[] HARNESS_STATUS = {"OK", "ERROR", "TIMEOUT", "PRECONDITION_FAILED"};

    // ---- options -------------------------------------------------------------------------------

    static final class Options {
        Path toolDir;
        Path projectRoot;
        Path wptRoot;
        List<String> paths = new ArrayList<>();
        String runtime = "cortado";
        String binary;
        int jobs = 2;
        int timeoutSeconds = 60;
        int longFactor = 4;
        Path expectations;
        boolean noExpectations;
        boolean update;
        Path jsonOut;
        boolean verbose;
        boolean quiet;
        Path keep;
        boolean freshJvm;
    }

    static void usage() {
        System.out.println("""
                usage: tools/wpt/run <wpt-root> [dir-or-file ...] [options]
                       tools/wpt/run --compare a.json b.json ...   (rates of --json runs side by side)

                Runs the .any.js tests under each dir-or-file (relative to <wpt-root>; default:
                the directories of issue 4) in a fresh runtime process each.

                options:
                  --runtime cortado|deno|node  runtime to test (default cortado)
                  --binary PATH                the runtime's executable (default: bin/cortado,
                                               ~/.cache/js-peers/node_modules/.bin/deno, node)
                  -j N                         test files run in parallel (default 2)
                  --timeout S                  per-file timeout in seconds (default 60;
                                               META timeout=long multiplies it by 4)
                  --expectations FILE          expectations file (default tools/wpt/expectations.json;
                                               used for --runtime cortado only unless given)
                  --no-expectations            do not compare with expectations
                  --update                     rewrite the expectations of the files that ran
                  --json FILE                  write the full results as JSON
                  -v                           print every subtest, passing ones too
                  -q                           print only unexpected results and the summary
                  --fresh-jvm                  cortado: a new JVM per file (CORTADO_DAEMON=off), not
                                               bin/cortado's warm daemon
                  --keep DIR                   keep each test's bundle and stderr in DIR (to debug)
                """);
    }

    static Options parse(String[] args) {
        Options o = new Options();
        o.toolDir = Paths.get(System.getProperty("wpt.toolDir", "tools/wpt")).toAbsolutePath().normalize();
        o.projectRoot = o.toolDir.getParent().getParent();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> { usage(); System.exit(0); }
                case "--runtime" -> o.runtime = need(args, ++i, a);
                case "--binary" -> o.binary = need(args, ++i, a);
                case "-j", "--jobs" -> o.jobs = Integer.parseInt(need(args, ++i, a));
                case "--timeout" -> o.timeoutSeconds = Integer.parseInt(need(args, ++i, a));
                case "--expectations" -> o.expectations = Paths.get(need(args, ++i, a)).toAbsolutePath();
                case "--no-expectations" -> o.noExpectations = true;
                case "--update" -> o.update = true;
                case "--json" -> o.jsonOut = Paths.get(need(args, ++i, a)).toAbsolutePath();
                case "-v", "--verbose" -> o.verbose = true;
                case "-q", "--quiet" -> o.quiet = true;
                case "--fresh-jvm" -> o.freshJvm = true;
                case "--keep" -> o.keep = Paths.get(need(args, ++i, a)).toAbsolutePath();
                default -> {
                    if (a.startsWith("-j") && a.length() > 2) o.jobs = Integer.parseInt(a.substring(2));
                    else if (a.startsWith("-")) fail("unknown option " + a);
                    else if (o.wptRoot == null) o.wptRoot = Paths.get(a).toAbsolutePath().normalize();
                    else o.paths.add(a);
                }
            }
        }
        if (o.wptRoot == null) { usage(); System.exit(2); }
        if (!Files.isRegularFile(o.wptRoot.resolve("resources/testharness.js"))) {
            fail(o.wptRoot + " is not a WPT checkout (no resources/testharness.js); see tools/wpt/README.md");
        }
        if (!List.of("cortado", "deno", "node").contains(o.runtime)) fail("unknown runtime " + o.runtime);
        if (o.jobs < 1) o.jobs = 1;
        if (o.expectations == null && o.runtime.equals("cortado")) {
            o.expectations = o.toolDir.resolve("expectations.json");
        }
        if (o.noExpectations) o.expectations = null;
        if (o.update && o.expectations == null) fail("--update needs an expectations file");
        if (o.binary == null) {
            o.binary = switch (o.runtime) {
                case "cortado" -> o.projectRoot.resolve("bin/cortado").toString();
                case "deno" -> {
                    Path peer = Paths.get(System.getProperty("user.home"), ".cache/js-peers/node_modules/.bin/deno");
                    yield Files.isExecutable(peer) ? peer.toString() : "deno";
                }
                default -> "node";
            };
        }
        return o;
    }

    static String need(String[] args, int i, String option) {
        if (i >= args.length) fail(option + " needs a value");
        return args[i];
    }

    static void fail(String message) {
        System.err.println("wpt: " + message);
        System.exit(2);
    }

    // ---- test discovery ------------------------------------------------------------------------

    /** One run of a test file: the file (path from the WPT root, with '/'), its variant, its group. */
    record TestCase(String file, String variant, String group, Meta meta) {
        String key() { return file + variant; }
    }

    record Meta(List<String> scripts, boolean longTimeout, Set<String> globals, List<String> variants, String title) {}

    static final Pattern META = Pattern.compile("^//\\s*META:\\s*(\\w*)=(.*)$");

    /** Reads the META block the way WPT's manifest does: the leading lines of the form "// META: k=v". */
    static Meta readMeta(Path file) throws IOException {
        List<String> scripts = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        Set<String> globals = new LinkedHashSet<>();
        boolean longTimeout = false;
        String title = null;
        boolean globalSeen = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = META.matcher(line.strip());
                if (!m.matches()) break;
                String key = m.group(1);
                String value = m.group(2).strip();
                switch (key) {
                    case "script" -> scripts.add(value);
                    case "timeout" -> longTimeout = value.equals("long");
                    case "variant" -> variants.add(value);
                    case "title" -> title = value;
                    case "global" -> {
                        globalSeen = true;
                        for (String g : value.split(",")) if (!g.isBlank()) globals.add(g.strip());
                    }
                    default -> { }
                }
            }
        }
        if (!globalSeen) { globals.add("window"); globals.add("dedicatedworker"); }
        if (variants.isEmpty()) variants.add("");
        return new Meta(scripts, longTimeout, expandGlobals(globals), variants, title);
    }

    /** WPT's global names, expanded to scopes ("worker" is every kind of worker; "default" is window + dedicatedworker). */
    static Set<String> expandGlobals(Set<String> globals) {
        Set<String> out = new TreeSet<>();
        for (String g : globals) {
            boolean exclude = g.startsWith("!");
            String name = exclude ? g.substring(1) : g;
            List<String> scopes = switch (name) {
                case "default" -> List.of("window", "dedicatedworker");
                case "worker" -> List.of("dedicatedworker", "sharedworker", "serviceworker");
                case "dedicatedworker-module", "sharedworker-module", "serviceworker-module" -> List.of(name);
                default -> List.of(name);
            };
            if (exclude) out.removeAll(scopes); else out.addAll(scopes);
        }
        return out;
    }

    /**
     * Whether this runner runs a test, or why not. The runner runs each test once in the runtime's
     * main context, standing in for WPT's window variant (the .any.html page Deno runs in its
     * main context). Tests only for workers, shadow realms or other scopes are skipped: they need
     * a worker global scope the main context does not have.
     */
    static String skipReason(Meta meta) {
        if (meta.globals().contains("window") || meta.globals().contains("jsshell")) return null;
        return "not for a window (META global=" + String.join(",", meta.globals()) + ")";
    }

    record Skipped(String file, String reason) {}

    static List<TestCase> discover(Options o, List<Skipped> skipped) throws IOException {
        List<String> roots = o.paths.isEmpty() ? DEFAULT_DIRS : o.paths;
        Map<String, TestCase> found = new LinkedHashMap<>();
        for (String arg : roots) {
            String variantFilter = null;
            String rel = arg;
            int q = rel.indexOf('?');
            if (q >= 0) { variantFilter = rel.substring(q); rel = rel.substring(0, q); }
            Path p = o.wptRoot.resolve(rel).normalize();
            if (Paths.get(rel).isAbsolute()) p = Paths.get(rel).normalize();
            if (!Files.exists(p) && Files.isRegularFile(Paths.get(p + ".any.js"))) p = Paths.get(p + ".any.js");
            if (!Files.exists(p)) {
                System.err.println("wpt: " + arg + ": not found under " + o.wptRoot);
                continue;
            }
            if (!p.startsWith(o.wptRoot)) fail(arg + " is not inside " + o.wptRoot);
            String group = rel.replaceAll("/+$", "");
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".any.js"))
                            .filter(f -> !o.wptRoot.relativize(f).toString().replace('\\', '/').matches("(.*/)?(resources|support)/.*"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                String file = o.wptRoot.relativize(f).toString().replace('\\', '/');
                Meta meta = readMeta(f);
                String reason = skipReason(meta);
                if (reason != null) { skipped.add(new Skipped(file, reason)); continue; }
                for (String variant : meta.variants()) {
                    if (variantFilter != null && !variantFilter.equals(variant)) continue;
                    TestCase t = new TestCase(file, variant, group, meta);
                    found.putIfAbsent(t.key(), t);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    // ---- bundle --------------------------------------------------------------------------------

    static final Pattern FETCHED = Pattern.compile("\\bfetch(?:_json)?\\(\\s*([\"'`])([^\"'`$]+)\\1");
    static final Pattern IDL_TEST = Pattern.compile("\\bidl_test\\(\\s*\\[([^\\]]*)\\]\\s*,\\s*\\[([^\\]]*)\\]");
    static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");

    /** Resolves a URL as the test page would, relative to the page, to a path from the WPT root. */
    static String resolvePath(String pagePath, String ref) {
        URI u = URI.create(ORIGIN + pagePath).resolve(ref.replace(" ", "%20"));
        if (u.getScheme() != null && !ORIGIN.equals(u.getScheme() + "://" + u.getAuthority())) return null;
        return u.getPath();
    }

    static Path fileFor(Options o, String rootPath) {
        if (rootPath == null) return null;
        Path p = o.wptRoot.resolve(rootPath.substring(1)).normalize();
        if (!Files.isRegularFile(p) && rootPath.equals("/resources/WebIDLParser.js")) {
            p = o.wptRoot.resolve("resources/webidl2/lib/webidl2.js"); // wpt serve's alias
        }
        return p.startsWith(o.wptRoot) && Files.isRegularFile(p) ? p : null;
    }

    static String bundle(Options o, TestCase t, String prelude) throws IOException {
        String pagePath = "/" + t.file();
        List<Map<String, Object>> scripts = new ArrayList<>();
        Map<String, Object> harness = new LinkedHashMap<>();
        harness.put("name", "/resources/testharness.js");
        harness.put("source", read(o.wptRoot.resolve("resources/testharness.js")));
        harness.put("harness", true);
        scripts.add(harness);
        StringBuilder scanned = new StringBuilder();
        for (String s : t.meta().scripts()) {
            String rootPath = resolvePath(pagePath, s);
            Path f = fileFor(o, rootPath);
            Map<String, Object> script = new LinkedHashMap<>();
            script.put("name", rootPath == null ? s : rootPath);
            if (f == null) {
                script.put("missing", true);
            } else {
                String src = read(f);
                script.put("source", src);
                scanned.append(src).append('\n');
            }
            scripts.add(script);
        }
        String testSource = read(o.wptRoot.resolve(t.file()));
        scanned.append(testSource);
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", pagePath);
        test.put("source", testSource);
        scripts.add(test);

        // Data files the test fetches: literal fetch("...") URLs and idl_test's IDL files.
        Map<String, Object> files = new TreeMap<>();
        Matcher m = FETCHED.matcher(scanned);
        while (m.find()) addFile(o, files, m.group(2), resolvePath(pagePath, m.group(2)));
        Matcher idl = IDL_TEST.matcher(scanned);
        while (idl.find()) {
            for (String list : List.of(idl.group(1), idl.group(2))) {
                Matcher q = QUOTED.matcher(list);
                while (q.find()) {
                    String url = "/interfaces/" + q.group(1) + ".idl";
                    addFile(o, files, url, url);
                }
            }
        }

        String search = t.variant().startsWith("?") ? t.variant() : "";
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("href", ORIGIN + pagePath + t.variant());
        location.put("origin", ORIGIN);
        location.put("protocol", "http:");
        location.put("host", "web-platform.test:8000");
        location.put("hostname", "web-platform.test");
        location.put("port", "8000");
        location.put("pathname", pagePath);
        location.put("search", search);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("location", location);
        config.put("timeoutMs", timeoutMillis(o, t));
        config.put("title", t.meta().title());
        config.put("files", files);
        return prelude + "(" + Json.write(config, false) + ")(" + Json.write(scripts, false) + ");\n";
    }

    static void addFile(Options o, Map<String, Object> files, String key, String rootPath) throws IOException {
        Path f = fileFor(o, rootPath);
        if (f == null || files.containsKey(key) || Files.size(f) > 8_000_000) return;
        files.put(key, read(f));
    }

    /** Reads a UTF-8 file, replacing malformed bytes the way a browser decodes a script. */
    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static long timeoutMillis(Options o, TestCase t) {
        return (long) o.timeoutSeconds * 1000 * (t.meta().longTimeout() ? o.longFactor : 1);
    }

    // ---- running -------------------------------------------------------------------------------

    record Subtest(String name, String status, String message) {}

    static final class Result {
        TestCase test;
        String status;          // OK ERROR TIMEOUT PRECONDITION_FAILED CRASH
        String message;
        final List<Subtest> subtests = new ArrayList<>();
        long millis;
        int exitCode;
        List<String> unexpectedFail = new ArrayList<>();
        List<String> unexpectedPass = new ArrayList<>();
        boolean expectedToFail;  // the whole file is expected to fail

        long passed() { return subtests.stream().filter(s -> s.status.equals("PASS")).count(); }
        boolean clean() { return status.equals("OK") && passed() == subtests.size(); }
    }

    /** The runtime processes running now, killed if the runner is interrupted. */
    static final Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static List<String> command(Options o, TestCase t, Path bundle) {
        return switch (o.runtime) {
            case "deno" -> List.of(o.binary, "run", "-A", "--location", ORIGIN + "/" + t.file() + t.variant(), bundle.toString());
            // fetch tests reach the network: as Deno gets -A, Cortado gets --allow-net.
            case "cortado" -> List.of(o.binary, "--allow-net", bundle.toString());
            default -> List.of(o.binary, bundle.toString());
        };
    }

    static Result run(Options o, TestCase t, Path tmp, String prelude) throws Exception {
        Result r = new Result();
        r.test = t;
        String name = t.key().replaceAll("[^A-Za-z0-9._-]", "_");
        Path bundle = tmp.resolve(name + ".js");
        Files.writeString(bundle, bundle(o, t, prelude));
        Path stderr = tmp.resolve(name + ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command(o, t, bundle));
        pb.directory(tmp.toFile());
        // bin/cortado runs the script in its warm daemon (a fresh context per run) unless told not to.
        if (o.runtime.equals("cortado") && o.freshJvm) pb.environment().put("CORTADO_DAEMON", "off");
        pb.redirectError(stderr.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long start = System.nanoTime();
        Process p = pb.start();
        LIVE.add(p);
        List<String> errors = new ArrayList<>();
        List<String> otherOut = new ArrayList<>();
        Object[] complete = new Object[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.startsWith("@@WPT ")) {
                        synchronized (otherOut) { if (otherOut.size() < 200) otherOut.add(line); }
                        continue;
                    }
                    Object rec;
                    try { rec = Json.parse(line.substring(6)); } catch (RuntimeException e) { continue; }
                    if (!(rec instanceof Map<?, ?> map)) continue;
                    String type = String.valueOf(map.get("type"));
                    synchronized (r) {
                        switch (type) {
                            case "result" -> r.subtests.add(new Subtest(String.valueOf(map.get("name")),
                                    status(SUBTEST_STATUS, map.get("status")), str(map.get("message"))));
                            case "error" -> errors.add(str(map.get("message")));
                            case "complete" -> complete[0] = map;
                            default -> { }
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long hardLimit = timeoutMillis(o, t) + 20_000;
        long completeAt = 0;
        boolean killed = false;
        while (p.isAlive()) {
            p.waitFor(100, TimeUnit.MILLISECONDS);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            synchronized (r) { if (complete[0] != null && completeAt == 0) completeAt = elapsed; }
            if ((completeAt > 0 && elapsed - completeAt > 5_000) || elapsed > hardLimit) {
                killed = completeAt == 0;
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                break;
            }
        }
        reader.join(5_000);
        LIVE.remove(p);
        r.millis = (System.nanoTime() - start) / 1_000_000;
        r.exitCode = p.isAlive() ? -1 : p.exitValue();
        synchronized (r) {
            if (complete[0] instanceof Map<?, ?> c) {
                r.status = status(HARNESS_STATUS, c.get("status"));
                r.message = str(c.get("message"));
                if (r.status.equals("OK") && !errors.isEmpty()) { r.status = "ERROR"; r.message = errors.get(0); }
                if (r.message == null && !errors.isEmpty()) r.message = errors.get(0);
            } else if (killed) {
                r.status = "TIMEOUT";
                r.message = "killed after " + (hardLimit / 1000) + " s";
            } else {
                r.status = "CRASH";
                String tail = tail(Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "", 12);
                if (!errors.isEmpty()) r.message = errors.get(0);
                else r.message = "exit code " + r.exitCode + (tail.isEmpty() ? "" : ": " + tail);
            }
        }
        return r;
    }

    static String status(String[] names, Object code) {
        if (code instanceof Number n && n.intValue() >= 0 && n.intValue() < names.length) return names[n.intValue()];
        return "UNKNOWN(" + code + ")";
    }

    static String str(Object o) { return o == null ? null : String.valueOf(o); }

    static String tail(String text, int lines) {
        String[] all = text.strip().split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", List.of(all).subList(from, all.length)).strip();
    }

    // ---- expectations --------------------------------------------------------------------------

    /** Compares a result with its expectation (absent or true: everything passes). */
    static void compare(Result r, Object expected) {
        if (expected == null || Boolean.TRUE.equals(expected)) expected = Map.of();
        if (Boolean.FALSE.equals(expected)) {
            r.expectedToFail = true;
            for (Subtest s : r.subtests) if (s.status.equals("PASS")) r.unexpectedPass.add(s.name);
            if (r.clean()) r.unexpectedPass.add("(the whole file passes)");
            return;
        }
        Map<?, ?> exp = expected instanceof Map<?, ?> m ? m : Map.of();
        String expStatus = exp.get("status") == null ? "OK" : String.valueOf(exp.get("status"));
        Set<String> fails = new LinkedHashSet<>();
        if (exp.get("fail") instanceof List<?> l) for (Object x : l) fails.add(String.valueOf(x));
        if (!r.status.equals("OK") && expStatus.equals("OK")) {
            r.unexpectedFail.add("(harness " + r.status + ": " + oneLine(firstLine(r.message), 200) + ")");
        } else if (r.status.equals("OK") && !expStatus.equals("OK")) {
            r.unexpectedPass.add("(harness OK, expected " + expStatus + ")");
        }
        for (Subtest s : r.subtests) {
            boolean pass = s.status.equals("PASS");
            if (!pass && !fails.contains(s.name)) r.unexpectedFail.add(s.name);
            if (pass && fails.contains(s.name)) r.unexpectedPass.add(s.name);
        }
    }

    /** The expectation that describes a result exactly (null: everything passes). */
    static Object expectationOf(Result r) {
        if (r.clean()) return null;
        if (!r.status.equals("OK") && r.passed() == 0) return Boolean.FALSE;
        Map<String, Object> e = new LinkedHashMap<>();
        if (!r.status.equals("OK")) e.put("status", r.status);
        Set<String> fails = new TreeSet<>();
        for (Subtest s : r.subtests) if (!s.status.equals("PASS")) fails.add(s.name);
        e.put("fail", new ArrayList<>(fails));
        return e;
    }

    // ---- output --------------------------------------------------------------------------------

    static String firstLine(String s) {
        return s == null ? "" : s.strip().split("\n", 2)[0];
    }

    static String oneLine(String s, int max) {
        if (s == null) return "";
        String one = s.replaceAll("\\s*\n\\s*", " | ").strip();
        return one.length() > max ? one.substring(0, max - 3) + "..." : one;
    }

    static void printResult(Options o, Result r, int index, int total, boolean compared) {
        StringBuilder b = new StringBuilder();
        boolean unexpected = !r.unexpectedFail.isEmpty();
        String mark = !compared ? "" : unexpected ? "  UNEXPECTED" : r.expectedToFail ? "  (expected to fail)" : "";
        if (!o.quiet || unexpected || !r.unexpectedPass.isEmpty()) {
            b.append(String.format(Locale.ROOT, "[%d/%d] %-8s %s  %d/%d passed  %.1fs%s%n", index, total, r.status,
                    r.test.key(), r.passed(), r.subtests.size(), r.millis / 1000.0, mark));
            if (!r.status.equals("OK") && r.message != null) b.append("    ").append(r.status).append(": ").append(oneLine(r.message, 400)).append('\n');
            Set<String> uf = new LinkedHashSet<>(r.unexpectedFail);
            Set<String> up = new LinkedHashSet<>(r.unexpectedPass);
            for (Subtest s : r.subtests) {
                boolean pass = s.status.equals("PASS");
                boolean isUnexpected = uf.contains(s.name) || up.contains(s.name);
                if (pass && !o.verbose && !isUnexpected) continue;
                if (o.quiet && !isUnexpected) continue;
                String note = !compared ? "" : isUnexpected ? (pass ? "  [unexpected pass]" : "  [UNEXPECTED]") : pass ? "" : "  [expected]";
                b.append("    ").append(String.format(Locale.ROOT, "%-7s", s.status)).append(' ').append(oneLine(s.name, 200));
                if (!pass && s.message != null) b.append(": ").append(oneLine(s.message, 300));
                b.append(note).append('\n');
            }
            for (String s : r.unexpectedFail) if (s.startsWith("(")) b.append("    ").append(s).append("  [UNEXPECTED]\n");
            for (String s : r.unexpectedPass) if (s.startsWith("(")) b.append("    ").append(s).append("  [unexpected pass]\n");
        }
        synchronized (System.out) {
            System.out.print(b);
            System.out.flush();
        }
    }

    /**
     * Per-directory numbers. A file whose harness did not finish OK and reported no subtest counts
     * as one failed subtest, so a crash is never invisible. The score is the mean, over files, of
     * each file's fraction of passing subtests (wpt.fyi's per-test view).
     */
    record GroupStats(String group, int files, int clean, long passed, long total, double score) {}

    static long countedTotal(Result r) {
        return r.subtests.isEmpty() && !r.status.equals("OK") ? 1 : r.subtests.size();
    }

    static double fileScore(Result r) {
        long total = countedTotal(r);
        return total == 0 ? 1.0 : (double) r.passed() / total;
    }

    static List<GroupStats> summarize(List<Result> results, List<String> groupOrder) {
        Map<String, List<Result>> by = new LinkedHashMap<>();
        for (String g : groupOrder) by.put(g, new ArrayList<>());
        for (Result r : results) by.computeIfAbsent(r.test.group(), k -> new ArrayList<>()).add(r);
        List<GroupStats> out = new ArrayList<>();
        by.forEach((g, rs) -> out.add(stats(g, rs)));
        return out;
    }

    static GroupStats stats(String group, List<Result> rs) {
        int clean = 0;
        long passed = 0, total = 0;
        double score = 0;
        for (Result r : rs) {
            if (r.clean()) clean++;
            passed += r.passed();
            total += countedTotal(r);
            score += fileScore(r);
        }
        return new GroupStats(group, rs.size(), clean, passed, total, rs.isEmpty() ? 0 : score / rs.size());
    }

    static String rate(long passed, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * passed / total);
    }

    // ---- main ----------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--compare")) {
            compareRuns(List.of(args).subList(1, args.length));
            return;
        }
        Options o = parse(args);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : LIVE) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }));
        List<Skipped> skipped = new ArrayList<>();
        List<TestCase> tests = discover(o, skipped);
        List<String> groupOrder = new ArrayList<>();
        for (TestCase t : tests) if (!groupOrder.contains(t.group())) groupOrder.add(t.group());
        if (tests.isEmpty()) {
            System.err.println("wpt: no .any.js tests found");
            System.exit(2);
        }
        Map<String, Object> expectations = new TreeMap<>();
        if (o.expectations != null && Files.exists(o.expectations)) {
            Object parsed = Json.parse(Files.readString(o.expectations));
            if (!(parsed instanceof Map<?, ?> m)) { fail(o.expectations + ": not a JSON object"); return; }
            m.forEach((k, v) -> expectations.put(String.valueOf(k), v));
        }
        boolean compare = o.expectations != null;
        String prelude = Files.readString(o.toolDir.resolve("prelude.js"));
        System.out.printf(Locale.ROOT, "wpt: %d test files (%d skipped) from %s, runtime %s (%s), -j %d%n",
                tests.size(), skipped.size(), o.wptRoot, o.runtime, o.binary, o.jobs);
        Path tmp = o.keep != null ? Files.createDirectories(o.keep) : Files.createTempDirectory("cortado-wpt-");
        List<Result> results = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(o.jobs);
        List<java.util.concurrent.Future<Result>> futures = new ArrayList<>();
        for (TestCase t : tests) {
            futures.add(pool.submit(() -> {
                Result r;
                try {
                    r = run(o, t, tmp, prelude);
                } catch (Exception e) {
                    r = new Result();
                    r.test = t;
                    r.status = "CRASH";
                    r.message = "runner: " + e;
                }
                if (compare) compare(r, expectations.get(t.key()));
                printResult(o, r, done.incrementAndGet(), tests.size(), compare);
                return r;
            }));
        }
        for (var f : futures) results.add(f.get());
        pool.shutdown();
        if (o.keep == null) deleteTree(tmp);

        results.sort(Comparator.comparing(r -> r.test.key()));
        List<GroupStats> stats = summarize(results, groupOrder);
        int width = Math.max(9, stats.stream().mapToInt(s -> s.group().length()).max().orElse(9));
        String row = "%-" + width + "s %6s %6s %17s %8s %8s%n";
        System.out.println();
        System.out.printf(Locale.ROOT, row, "directory", "files", "clean", "subtests passed", "rate", "score");
        List<GroupStats> rows = new ArrayList<>(stats);
        rows.add(stats("total", results));
        for (GroupStats s : rows) {
            System.out.printf(Locale.ROOT, row, s.group(), s.files(), s.clean(), s.passed() + "/" + s.total(),
                    rate(s.passed(), s.total()), String.format(Locale.ROOT, "%.1f%%", 100 * s.score()));
        }
        if (!skipped.isEmpty()) System.out.println(skipped.size() + " files skipped (not for a window: workers/shadow realms only)");

        int unexpectedFail = 0, unexpectedPass = 0;
        for (Result r : results) { unexpectedFail += r.unexpectedFail.size(); unexpectedPass += r.unexpectedPass.size(); }
        if (compare) {
            System.out.println();
            System.out.println("compared with " + o.expectations + ": " + unexpectedFail + " unexpected failures, "
                    + unexpectedPass + " unexpected passes");
            for (Result r : results) {
                for (String s : r.unexpectedFail) System.out.println("  UNEXPECTED FAIL  " + r.test.key() + "  " + oneLine(s, 200));
            }
            for (Result r : results) {
                if (r.unexpectedPass.size() > 10) {
                    System.out.println("  unexpected pass  " + r.test.key() + "  (" + r.unexpectedPass.size() + " subtests)");
                } else {
                    for (String s : r.unexpectedPass) System.out.println("  unexpected pass  " + r.test.key() + "  " + oneLine(s, 200));
                }
            }
        }
        if (o.update) {
            for (Result r : results) {
                Object e = expectationOf(r);
                if (e == null) expectations.remove(r.test.key()); else expectations.put(r.test.key(), e);
            }
            Files.writeString(o.expectations, Json.write(expectations, true) + "\n");
            System.out.println("updated " + o.expectations + " (" + expectations.size() + " entries)");
        }
        if (o.jsonOut != null) {
            Files.writeString(o.jsonOut, Json.write(toJson(o, results, skipped, stats), true) + "\n");
            System.out.println("wrote " + o.jsonOut);
        }
        System.exit(compare && !o.update && unexpectedFail > 0 ? 1 : 0);
    }

    /** --compare a.json b.json ...: the per-directory rates of several --json files side by side. */
    static void compareRuns(List<String> files) throws IOException {
        if (files.isEmpty()) fail("--compare needs --json result files");
        List<String> names = new ArrayList<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (String f : files) {
            Object parsed = Json.parse(Files.readString(Paths.get(f)));
            if (!(parsed instanceof Map<?, ?> root) || !(root.get("summary") instanceof List<?> summary)) {
                fail(f + ": not a --json result file");
                return;
            }
            String name = String.valueOf(root.get("runtime"));
            names.add(name);
            long passed = 0, total = 0;
            for (Object row : summary) {
                Map<?, ?> m = (Map<?, ?>) row;
                long p = ((Number) m.get("passed")).longValue(), t = ((Number) m.get("total")).longValue();
                passed += p;
                total += t;
                cells.computeIfAbsent(String.valueOf(m.get("directory")), k -> new LinkedHashMap<>())
                        .put(name, String.format(Locale.ROOT, "%s %s", rate(p, t), p + "/" + t));
            }
            cells.computeIfAbsent("total", k -> new LinkedHashMap<>()).put(name, String.format(Locale.ROOT, "%s %s", rate(passed, total), passed + "/" + total));
        }
        Map<String, Map<String, String>> ordered = new LinkedHashMap<>(cells);
        ordered.remove("total");
        ordered.put("total", cells.get("total"));
        int width = Math.max(9, ordered.keySet().stream().mapToInt(String::length).max().orElse(9));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "directory"));
        for (String n : names) head.append(String.format(Locale.ROOT, "  %22s", n));
        System.out.println(head);
        ordered.forEach((dir, byRuntime) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", dir));
            for (String n : names) line.append(String.format(Locale.ROOT, "  %22s", byRuntime.getOrDefault(n, "-")));
            System.out.println(line);
        });
    }

    static Map<String, Object> toJson(Options o, List<Result> results, List<Skipped> skipped, List<GroupStats> stats) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", o.runtime);
        root.put("binary", o.binary);
        root.put("wptRoot", o.wptRoot.toString());
        root.put("date", java.time.Instant.now().toString());
        List<Object> summary = new ArrayList<>();
        for (GroupStats s : stats) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("directory", s.group());
            m.put("files", s.files());
            m.put("clean", s.clean());
            m.put("passed", s.passed());
            m.put("total", s.total());
            m.put("score", Math.round(s.score() * 10000) / 10000.0);
            summary.add(m);
        }
        root.put("summary", summary);
        List<Object> list = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.test.file());
            m.put("variant", r.test.variant());
            m.put("directory", r.test.group());
            m.put("status", r.status);
            m.put("message", r.message);
            m.put("durationMs", r.millis);
            List<Object> subs = new ArrayList<>();
            for (Subtest s : r.subtests) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("name", s.name);
                sm.put("status", s.status);
                sm.put("message", s.message);
                subs.add(sm);
            }
            m.put("subtests", subs);
            m.put("unexpectedFail", r.unexpectedFail);
            m.put("unexpectedPass", r.unexpectedPass);
            list.add(m);
        }
        root.put("results", list);
        List<Object> sk = new ArrayList<>();
        for (Skipped s : skipped) sk.add(Map.of("file", s.file(), "reason", s.reason()));
        root.put("skipped", sk);
        return root;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    // ---- JSON ----------------------------------------------------------------------------------

    /** A small JSON reader and writer: objects are LinkedHashMaps, arrays Lists, numbers Doubles or Longs. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) { this.s = s; }

        static Object parse(String text) {
            Json j = new Json(text);
            j.ws();
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) throw j.error("trailing characters");
            return v;
        }

        private RuntimeException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at offset " + i);
        }

        private void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
        }

        private Object value() {
            if (i >= s.length()) throw error("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (peek('}')) { i++; return m; }
                    while (true) {
                        ws();
                        if (!peek('"')) throw error("expected a key");
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (peek(',')) { i++; continue; }
                        expect('}');
                        return m;
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (peek(']')) { i++; return l; }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (peek(',')) { i++; continue; }
                        expect(']');
                        return l;
                    }
                }
                case '"' -> { return string(); }
                default -> {
                    if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
                    if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
                    if (s.startsWith("null", i)) { i += 4; return null; }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    if (start == i) throw error("unexpected character");
                    String num = s.substring(start, i);
                    if (num.matches("-?\\d{1,18}")) return Long.parseLong(num);
                    return Double.parseDouble(num);
                }
            }
        }

        private boolean peek(char c) { return i < s.length() && s.charAt(i) == c; }

        private void expect(char c) {
            if (!peek(c)) throw error("expected '" + c + "'");
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> b.append(e);
                }
            }
        }

        static String write(Object v, boolean pretty) {
            StringBuilder b = new StringBuilder();
            write(b, v, pretty, "");
            return b.toString();
        }

        private static void write(StringBuilder b, Object v, boolean pretty, String indent) {
            String inner = indent + "  ";
            if (v == null) b.append("null");
            else if (v instanceof Boolean || v instanceof Number) b.append(v);
            else if (v instanceof Map<?, ?> m) {
                if (m.isEmpty()) { b.append("{}"); return; }
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) b.append(',');
                    first = false;
                    if (pretty) b.append('\n').append(inner);
                    quote(b, String.valueOf(e.getKey()));
                    b.append(pretty ? ": " : ":");
                    write(b, e.getValue(), pretty, inner);
                }
                if (pretty) b.append('\n').append(indent);
                b.append('}');
            } else if (v instanceof List<?> l) {
                if (l.isEmpty()) { b.append("[]"); return; }
                b.append('[');
                boolean first = true;
                for (Object x : l) {
                    if (!first) b.append(',');
                    first = false;
                    if (pretty) b.append('\n').append(inner);
                    write(b, x, pretty, inner);
                }
                if (pretty) b.append('\n').append(indent);
                b.append(']');
            } else quote(b, String.valueOf(v));
        }

        /** Quotes a string; escapes everything outside printable ASCII, so the output is ASCII. */
        private static void quote(StringBuilder b, String s) {
            b.append('"');
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            b.append('"');
        }
    }
}
