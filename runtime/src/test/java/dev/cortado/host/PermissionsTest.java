package dev.cortado.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line flags of a set of permissions: what a forked child is started with. */
class PermissionsTest {
  @Test
  void flagsGiveExactlyTheSamePermissions() {
    assertThat(Permissions.none().asFlags()).isEmpty();
    assertThat(Permissions.all().asFlags()).containsExactly("--allow-read", "--allow-write", "--allow-net",
        "--allow-env", "--allow-run", "--allow-sys");
    Permissions some = Permissions.none()
        .with("read", Permissions.Grant.NONE.allow(List.of("/b", "/a")).deny(List.of("/a/secret")))
        .with("net", Permissions.Grant.ALL.deny(List.of()))
        .with("env", Permissions.Grant.NONE.allow(List.of("HOME")));
    assertThat(some.asFlags()).containsExactly("--allow-read=/a,/b", "--deny-read=/a/secret", "--allow-net",
        "--deny-net", "--allow-env=HOME");
    assertThat(some.denial("read", "/a/x")).isNull();
    assertThat(some.denial("read", "/a/secret/x")).isNotNull();
  }
}
