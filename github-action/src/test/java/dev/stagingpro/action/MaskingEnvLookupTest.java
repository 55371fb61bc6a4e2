package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskingEnvLookupTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final SecretMasker masker = new SecretMasker();
  private final WorkflowCommands commands = new WorkflowCommands(new PrintStream(log, true, StandardCharsets.UTF_8), masker);
  private final EnvLookup env = EnvLookup.of(Map.of("BC_TOKEN", "store-token-abc", "EMPTY", ""));

  @Test
  void aValueTheCoreReadsIsMaskedOnceBeforeAnythingCanPrintIt() {
    MaskingEnvLookup lookup = new MaskingEnvLookup(env, masker, commands, false);

    assertThat(lookup.get("BC_TOKEN")).contains("store-token-abc");
    lookup.get("BC_TOKEN");
    commands.line("calling with store-token-abc");

    assertThat(log.toString(StandardCharsets.UTF_8)).isEqualTo("::add-mask::store-token-abc\ncalling with ****\n");
    assertThat(lookup.get("MISSING")).isEmpty();
    assertThat(lookup.get("EMPTY")).isEmpty();
    assertThat(lookup.unavailable()).isEmpty();
  }

  @Test
  void aReadOnlyRunStandsInForUnsetVariablesAndListsThem() {
    MaskingEnvLookup lookup = new MaskingEnvLookup(env, masker, commands, true);

    assertThat(lookup.get("B_SECRET")).contains(MaskingEnvLookup.PLACEHOLDER);
    assertThat(lookup.get("A_SECRET")).contains(MaskingEnvLookup.PLACEHOLDER);
    assertThat(lookup.get("EMPTY")).contains(MaskingEnvLookup.PLACEHOLDER);
    assertThat(lookup.get("BC_TOKEN")).contains("store-token-abc");

    assertThat(lookup.unavailable()).containsExactly("A_SECRET", "B_SECRET", "EMPTY");
  }
}
