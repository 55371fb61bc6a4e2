package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkflowCommandsTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final SecretMasker masker = new SecretMasker();
  private final WorkflowCommands commands = new WorkflowCommands(new PrintStream(log, true, StandardCharsets.UTF_8), masker);

  @Test
  void annotationsEscapeDataAndPropertiesAsTheRunnerExpects() {
    commands.error("50% done\nthen failed", new WorkflowCommands.Location("theme/a,b:c.html", 12, 3), "Title: x, y");

    assertThat(log()).isEqualTo("::error file=theme/a%2Cb%3Ac.html,line=12,col=3,title=Title%3A x%2C y::50%25 done%0Athen failed\n");
  }

  @Test
  void aLocationWithoutLineGivesOnlyTheFile() {
    commands.warning("check", new WorkflowCommands.Location("stagingpro.yml", 0, 0), null);

    assertThat(log()).isEqualTo("::warning file=stagingpro.yml::check\n");
  }

  @Test
  void everyLineIsMaskedButTheMaskCommandItself() {
    masker.register(Secret.of("s3cr3t-value"));
    commands.addMask("s3cr3t-value");
    commands.line("token s3cr3t-value used");
    commands.notice("again s3cr3t-value");

    assertThat(log()).isEqualTo("::add-mask::s3cr3t-value\ntoken **** used\n::notice::again ****\n");
  }

  @Test
  void aMultiLineSecretIsMaskedLineByLine() {
    commands.addMask("-----BEGIN KEY-----\nabc123\n");

    assertThat(log()).isEqualTo("::add-mask::-----BEGIN KEY-----\n::add-mask::abc123\n");
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }
}
