package dev.cortado.host;

/** Version facts the runtime reports ({@code process.version}, {@code --version}). Immutable. */
public final class RuntimeVersion {
  /** Cortado's own version. */
  public static final String CORTADO = "0.1.0";
  /** The Node.js version whose behaviour Cortado follows; npm packages read it. */
  public static final String NODE_COMPAT = "v22.12.0";

  private RuntimeVersion() {}

  /** The launcher's path, as {@code process.execPath}: set by bin/cortado, else "cortado". */
  public static String executablePath() {
    String launcher = System.getProperty("cortado.launcher");
    return launcher == null ? "cortado" : launcher;
  }
}
