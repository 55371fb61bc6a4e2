package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionInputsTest {
  private final Map<String, String> env = new HashMap<>();

  @Test
  void defaultsWhenTheRunnerPassesNothingOrEmptyValues() {
    env.put("INPUT_COMMAND", "");
    env.put("INPUT_APPROVE", " ");

    ActionInputs inputs = read();

    assertThat(inputs.auto()).isTrue();
    assertThat(inputs.approve()).isFalse();
    assertThat(inputs.comment()).isTrue();
    assertThat(inputs.manifest()).isEqualTo(Path.of("stagingpro.yml"));
    assertThat(inputs.githubToken()).isEmpty();
  }

  @Test
  void dashedNamesAsTheRunnerSetsThemAndTheUnderscoreSpelling() {
    env.put("INPUT_MAX-WAIT", "10m");
    env.put("INPUT_RUN_ID", "run-7");
    env.put("INPUT_WORKING-DIRECTORY", "shop");
    env.put("INPUT_COMMAND", "preview cleanup");
    env.put("INPUT_ENTITIES", "products, categories\nbrands");
    env.put("INPUT_PR", "#12");
    env.put("INPUT_COMMENT", "off");
    env.put("INPUT_APPROVE", "TRUE");

    ActionInputs inputs = read();
    OperationRequest request = request(inputs);

    assertThat(request.maxWait()).contains(Duration.ofMinutes(10));
    assertThat(request.runId()).contains("run-7");
    assertThat(request.entities()).isEqualTo(List.of("products", "categories", "brands"));
    assertThat(inputs.workingDirectory()).isEqualTo(Path.of("shop"));
    assertThat(inputs.command()).contains(Operation.PREVIEW_CLEANUP);
    assertThat(inputs.pullRequest()).contains(12);
    assertThat(inputs.comment()).isFalse();
    assertThat(inputs.approve()).isTrue();
  }

  @Test
  void commandsMayBeNamedAsTheMavenGoalOrJenkinsStepToo() {
    env.put("INPUT_COMMAND", "theme-copy");

    assertThat(read().command()).contains(Operation.THEME_COPY);
  }

  @Test
  void isoDurations() {
    env.put("INPUT_MAX-WAIT", "PT1H30M");

    assertThat(request(read()).maxWait()).contains(Duration.ofMinutes(90));
  }

  @Test
  void badValuesNameTheInputAndWhatIsExpected() {
    env.put("INPUT_COMMENT", "maybe");
    assertBad("input 'comment' is 'maybe'; expected true/false (or on/off)");

    env.clear();
    env.put("INPUT_MAX-WAIT", "soon");
    assertBad("'max-wait' must be a duration above zero such as '90s', '10m', '1h30m' or 'PT10M' (got 'soon')");

    env.clear();
    env.put("INPUT_ENTRY", "third");
    assertBad("input 'entry' is 'third'; expected a number");
  }

  private void assertBad(String message) {
    assertThatThrownBy(this::read).isInstanceOf(StagingProException.class).hasMessage(message)
        .extracting(e -> ((StagingProException) e).exitCode()).isEqualTo(2);
  }

  private static OperationRequest request(ActionInputs inputs) {
    return inputs.requestFields().apply(OperationRequest.builder(Operation.DEPLOY)).build();
  }

  private ActionInputs read() {
    return ActionInputs.read(new ActionEnvironment(env::get));
  }
}
