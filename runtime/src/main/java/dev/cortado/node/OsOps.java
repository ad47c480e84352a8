package dev.cortado.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The facts of {@code node:os} (83_os.js), read from {@code /proc}, {@code /etc/passwd} and the
 * JDK. Plain data out (strings, numbers, arrays); nothing fails: a fact that cannot be read is
 * empty or zero. JavaScript checks the {@code sys} permission first. Loop thread.
 */
public final class OsOps {
  private final Map<String, String> environment;

  public OsOps(Map<String, String> environment) {
    this.environment = environment;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file)).trim();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  @HostAccess.Export
  public String hostname() {
    String name = read("/proc/sys/kernel/hostname");
    if (!name.isEmpty()) {
      return name;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /** The kernel release (uname -r). */
  @HostAccess.Export
  public String release() {
    String release = read("/proc/sys/kernel/osrelease");
    return release.isEmpty() ? System.getProperty("os.version") : release;
  }

  /** The kernel version (uname -v). */
  @HostAccess.Export
  public String version() {
    return read("/proc/sys/kernel/version");
  }

  /** The machine type (uname -m). */
  @HostAccess.Export
  public String machine() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64" -> "x86_64";
      case "arm64" -> "aarch64";
      default -> arch;
    };
  }

  @HostAccess.Export
  public double uptime() {
    String text = read("/proc/uptime");
    try {
      return Double.parseDouble(text.split("\\s+")[0]);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  @HostAccess.Export
  public double[] loadavg() {
    String[] parts = read("/proc/loadavg").split("\\s+");
    double[] result = new double[3];
    for (int i = 0; i < 3 && i < parts.length; i++) {
      try {
        result[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        result[i] = 0;
      }
    }
    return result;
  }

  /** [total, available] memory in bytes. */
  @HostAccess.Export
  public double[] memory() {
    double total = 0;
    double available = 0;
    for (String line : read("/proc/meminfo").split("\n")) {
      String[] parts = line.split("\\s+");
      if (parts.length < 2) {
        continue;
      }
      if (parts[0].equals("MemTotal:")) {
        total = Double.parseDouble(parts[1]) * 1024;
      } else if (parts[0].equals("MemAvailable:")) {
        available = Double.parseDouble(parts[1]) * 1024;
      }
    }
    return new double[] {total, available};
  }

  /** Per CPU: model, speed (MHz), then user, nice, sys, idle, irq times in ms, flattened. */
  @HostAccess.Export
  public Object[] cpus() {
    List<String> models = new ArrayList<>();
    List<Double> speeds = new ArrayList<>();
    for (String line : read("/proc/cpuinfo").split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (key.equals("model name")) {
        models.add(value);
      } else if (key.equals("cpu MHz")) {
        try {
          speeds.add(Math.floor(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
          speeds.add(0.0);
        }
      }
    }
    List<Object> out = new ArrayList<>();
    int count = 0;
    for (String line : read("/proc/stat").split("\n")) {
      if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
        continue;
      }
      String[] p = line.split("\\s+");
      out.add(count < models.size() ? models.get(count) : "unknown");
      out.add(count < speeds.size() ? speeds.get(count) : 0.0);
      int[] fields = {1, 2, 3, 4, 6};
      for (int f : fields) {
        out.add(f < p.length ? Double.parseDouble(p[f]) * 10 : 0.0);
      }
      count++;
    }
    if (count == 0) {
      for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
        Collections.addAll(out, "unknown", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
      }
    }
    return out.toArray();
  }

  @HostAccess.Export
  public int availableParallelism() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The program's HOME, else the password file's home directory. */
  @HostAccess.Export
  public String homedir() {
    String home = environment.get("HOME");
    return home != null && !home.isEmpty() ? home : passwd()[5];
  }

  /** [uid, gid, username, homedir, shell] of the user running the program. */
  @HostAccess.Export
  public Object[] userInfo() {
    String[] entry = passwd();
    return new Object[] {ids()[0], ids()[1], entry[0], entry[5], entry[6]};
  }

  private static double[] ids() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      Object gid = Files.getAttribute(Path.of("/proc/self"), "unix:gid");
      return new double[] {((Number) uid).doubleValue(), ((Number) gid).doubleValue()};
    } catch (IOException | RuntimeException e) {
      return new double[] {-1, -1};
    }
  }

  /** The /etc/passwd fields of the current user (name, x, uid, gid, gecos, home, shell). */
  private static String[] passwd() {
    String uid = String.valueOf((long) ids()[0]);
    for (String line : read("/etc/passwd").split("\n")) {
      String[] fields = line.split(":", -1);
      if (fields.length >= 7 && fields[2].equals(uid)) {
        return fields;
      }
    }
    String user = System.getProperty("user.name");
    return new String[] {user, "x", uid, "", "", System.getProperty("user.home"), ""};
  }

  /**
   * Each address of each interface as [name, address, netmask, family, mac, internal, cidr,
   * scopeid], flattened.
   */
  @HostAccess.Export
  public Object[] networkInterfaces() {
    List<Object> out = new ArrayList<>();
    try {
      List<NetworkInterface> all = Collections.list(NetworkInterface.getNetworkInterfaces());
      all.sort(java.util.Comparator.comparingInt(NetworkInterface::getIndex));
      for (NetworkInterface nif : all) {
        if (!nif.isUp()) {
          continue;
        }
        String mac = macOf(nif.getHardwareAddress());
        List<InterfaceAddress> addresses = new ArrayList<>(nif.getInterfaceAddresses());
        addresses.sort(java.util.Comparator.comparing(a -> a.getAddress() instanceof java.net.Inet6Address));
        for (InterfaceAddress address : addresses) {
          InetAddress inet = address.getAddress();
          boolean v6 = inet instanceof java.net.Inet6Address;
          String host = inet.getHostAddress();
          int percent = host.indexOf('%');
          if (percent >= 0) {
            host = host.substring(0, percent);
          }
          host = v6 ? compressIpv6(host) : host;
          int prefix = address.getNetworkPrefixLength();
          out.add(nif.getName());
          out.add(host);
          out.add(v6 ? ipv6Mask(prefix) : ipv4Mask(prefix));
          out.add(v6 ? "IPv6" : "IPv4");
          out.add(mac);
          out.add(nif.isLoopback());
          out.add(host + "/" + prefix);
          out.add(v6 && inet.isLinkLocalAddress() ? ((java.net.Inet6Address) inet).getScopeId() : v6 ? 0 : -1);
        }
      }
    } catch (SocketException e) {
      // no interfaces to report
    }
    return out.toArray();
  }

  private static String macOf(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return "00:00:00:00:00:00";
    }
    StringBuilder mac = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      if (i > 0) {
        mac.append(':');
      }
      mac.append(String.format("%02x", bytes[i] & 0xFF));
    }
    return mac.toString();
  }

  private static String ipv4Mask(int prefix) {
    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    return ((mask >> 24) & 255) + "." + ((mask >> 16) & 255) + "." + ((mask >> 8) & 255) + "." + (mask & 255);
  }

  private static String ipv6Mask(int prefix) {
    StringBuilder text = new StringBuilder();
    for (int group = 0; group < 8; group++) {
      int bits = Math.max(0, Math.min(16, prefix - group * 16));
      int value = bits == 0 ? 0 : (0xFFFF << (16 - bits)) & 0xFFFF;
      if (group > 0) {
        text.append(':');
      }
      text.append(Integer.toHexString(value));
    }
    return compressIpv6(text.toString());
  }

  /** The shortest form of an IPv6 address: the longest run of zero groups becomes '::'. */
  static String compressIpv6(String full) {
    String[] groups = full.split(":");
    if (groups.length != 8) {
      return full;
    }
    for (int i = 0; i < 8; i++) {
      groups[i] = Integer.toHexString(Integer.parseInt(groups[i], 16));
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8; ) {
      if (!groups[i].equals("0")) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j].equals("0")) {
        j++;
      }
      if (j - i > bestLength && j - i > 1) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    if (bestStart < 0) {
      return String.join(":", groups);
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, 8));
    return head + "::" + tail;
  }
}
