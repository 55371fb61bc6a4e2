package dev.stagingpro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The documented exit codes: 0 success, 2 bad usage or input. */
class ExitCodesTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = StagingProCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void versionPrintsTheBuiltVersionAndSucceeds() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("stagingpro ").doesNotContain("unknown");
  }

  @Test
  void unknownFlagIsAUsageErrorWithExitCode2() {
    assertThat(run("deploy", "--no-such-flag")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-flag'");
  }

  @Test
  void previewWithoutPullRequestNumberIsAUsageError() {
    assertThat(run("preview")).isEqualTo(2);
    assertThat(err.toString()).contains("--pr");
  }

  @Test
  void anUnknownSandboxRateLimitIsBadInputWithExitCode2() {
    assertThat(run("sandbox", "--port", "0", "--rate-limit", "gold")).isEqualTo(2);
    assertThat(err.toString()).contains("--rate-limit").contains("gold");
  }

  @Test
  void aSandboxPortInUseIsBadInputNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());

      assertThat(run("sandbox", "--port", port)).isEqualTo(2);

      assertThat(err.toString()).contains("--port " + port).contains("--port 0").doesNotContain("unexpected");
    }
  }
}
