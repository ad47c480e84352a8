package dev.cortado.host;

import java.util.List;
import java.util.Set;

/**
 * What a runtime may do beyond computing, deny by default as in Deno: read and write files, reach
 * the network, read environment variables, run programs, query the system. A {@code --deny-*}
 * always wins over an {@code --allow-*}. Loading the program's own modules needs no permission.
 * Immutable; any thread.
 *
 * @param read files and directories that may be read (a directory covers what is under it)
 * @param write files and directories that may be written
 * @param net hosts ({@code host} or {@code host:port}) that may be reached
 * @param env environment variables that may be read
 * @param run programs that may be run
 * @param sys system information that may be queried ({@code hostname}, {@code osRelease}...)
 */
public record Permissions(Grant read, Grant write, Grant net, Grant env, Grant run, Grant sys) {

  /** One kind of access: everything, some names, or nothing; minus what is denied. */
  public record Grant(boolean all, Set<String> allowed, boolean denyAll, Set<String> denied) {
    public static final Grant NONE = new Grant(false, Set.of(), false, Set.of());
    public static final Grant ALL = new Grant(true, Set.of(), false, Set.of());

    public Grant {
      allowed = Set.copyOf(allowed);
      denied = Set.copyOf(denied);
    }

    /** {@code names} allowed: an empty list means all of this kind. */
    public Grant allow(List<String> names) {
      return names.isEmpty() ? new Grant(true, allowed, denyAll, denied)
          : new Grant(all, union(allowed, names), denyAll, denied);
    }

    /** {@code names} denied: an empty list means all of this kind. */
    public Grant deny(List<String> names) {
      return names.isEmpty() ? new Grant(all, allowed, true, denied)
          : new Grant(all, allowed, denyAll, union(denied, names));
    }

    /** Whether {@code target} is permitted; null asks for the whole kind (e.g. all variables). */
    boolean permits(String target, boolean pathLike) {
      if (denyAll || target != null && matches(denied, target, pathLike)) {
        return false;
      }
      if (target == null) {
        return all && denied.isEmpty();
      }
      return all || matches(allowed, target, pathLike);
    }

    private static boolean matches(Set<String> names, String target, boolean pathLike) {
      if (names.contains(target)) {
        return true;
      }
      // net: a bare host grants (or denies) all its ports, as in Deno ("host:port" or "[v6]:port").
      int colon = target.lastIndexOf(':');
      if (!pathLike && colon > 0 && (target.indexOf(':') == colon || target.charAt(colon - 1) == ']')
          && names.contains(target.substring(0, colon))) {
        return true;
      }
      if (pathLike) {
        for (String name : names) {
          String dir = name.endsWith("/") ? name : name + "/";
          if (target.startsWith(dir)) {
            return true;
          }
        }
      }
      return false;
    }

    private static Set<String> union(Set<String> a, List<String> b) {
      java.util.Set<String> all = new java.util.LinkedHashSet<>(a);
      all.addAll(b);
      return all;
    }
  }

  /** Nothing allowed: the default of the command line and of the embedding API. */
  public static Permissions none() {
    return new Permissions(Grant.NONE, Grant.NONE, Grant.NONE, Grant.NONE, Grant.NONE, Grant.NONE);
  }

  /** Everything allowed ({@code -A}). */
  public static Permissions all() {
    return new Permissions(Grant.ALL, Grant.ALL, Grant.ALL, Grant.ALL, Grant.ALL, Grant.ALL);
  }

  /** A copy with {@code kind} ("read", "write", "net", "env", "run", "sys") replaced. */
  public Permissions with(String kind, Grant grant) {
    return switch (kind) {
      case "read" -> new Permissions(grant, write, net, env, run, sys);
      case "write" -> new Permissions(read, grant, net, env, run, sys);
      case "net" -> new Permissions(read, write, grant, env, run, sys);
      case "env" -> new Permissions(read, write, net, grant, run, sys);
      case "run" -> new Permissions(read, write, net, env, grant, sys);
      case "sys" -> new Permissions(read, write, net, env, run, grant);
      default -> throw new IllegalArgumentException("no permission kind " + kind);
    };
  }

  /**
   * The command-line flags that give exactly these permissions ({@code --allow-read=/a,/b},
   * {@code --allow-net}, {@code --deny-env=HOME}): what a forked child is started with.
   */
  public List<String> asFlags() {
    List<String> flags = new java.util.ArrayList<>();
    for (String kind : List.of("read", "write", "net", "env", "run", "sys")) {
      Grant grant = of(kind);
      if (grant.all()) {
        flags.add("--allow-" + kind);
      } else if (!grant.allowed().isEmpty()) {
        flags.add("--allow-" + kind + "=" + String.join(",", new java.util.TreeSet<>(grant.allowed())));
      }
      if (grant.denyAll()) {
        flags.add("--deny-" + kind);
      } else if (!grant.denied().isEmpty()) {
        flags.add("--deny-" + kind + "=" + String.join(",", new java.util.TreeSet<>(grant.denied())));
      }
    }
    return flags;
  }

  /** The grant for {@code kind}. */
  public Grant of(String kind) {
    return switch (kind) {
      case "read" -> read;
      case "write" -> write;
      case "net" -> net;
      case "env" -> env;
      case "run" -> run;
      case "sys" -> sys;
      default -> throw new IllegalArgumentException("no permission kind " + kind);
    };
  }

  /**
   * Null when {@code kind} access to {@code target} is permitted, else the message of the
   * {@code NotCapable} error, in Deno's words. {@code target} null asks for all of that kind.
   */
  public String denial(String kind, String target) {
    boolean pathLike = kind.equals("read") || kind.equals("write");
    if (of(kind).permits(target, pathLike)) {
      return null;
    }
    String what = target == null ? kind + " access" : kind + " access to \"" + target + "\"";
    return "Requires " + what + ", run again with the --allow-" + kind + " flag";
  }
}
