package dev.stagingpro.action;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ci.DurationText;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.secret.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The Action's inputs (action.yml), parsed and checked. Names match docs/commands.md so an input
 * maps onto the core request field of the same name. The runner does not enforce {@code
 * required}, so every check happens here, with the input's name in the message.
 */
record ActionInputs(
    Optional<Operation> command,
    Path manifest,
    Path workingDirectory,
    Optional<Secret> githubToken,
    boolean approve,
    boolean comment,
    Optional<Integer> pullRequest,
    UnaryOperator<OperationRequest.Builder> requestFields) {

  static final String AUTO = "auto";
  static final String GITHUB_TOKEN = "github-token";

  /** An empty {@code command} means {@code auto}: decide from the event. */
  boolean auto() {
    return command.isEmpty();
  }

  static ActionInputs read(ActionEnvironment env) {
    return new ActionInputs(
        command(env.input("command").orElse(AUTO)),
        Path.of(env.input("manifest").orElse(dev.stagingpro.core.ops.Workspace.MANIFEST_NAME)),
        Path.of(env.input("working-directory").orElse(".")),
        env.input(GITHUB_TOKEN).map(Secret::of),
        flag(env, "approve", false),
        flag(env, "comment", true),
        number(env, "pr"),
        requestFields(env));
  }

  /**
   * The inputs that go to the core unchanged, each onto the request field of the same name;
   * parsed now, so a bad value stops the run before anything starts.
   */
  private static UnaryOperator<OperationRequest.Builder> requestFields(ActionEnvironment env) {
    Optional<String> environment = env.input("environment");
    Optional<String> ref = env.input("ref");
    Optional<String> migration = env.input("migration");
    Optional<Path> plan = env.input("plan").map(Path::of);
    Optional<Path> out = env.input("out").map(Path::of);
    Optional<String> from = env.input("from");
    Optional<String> to = env.input("to");
    Optional<String> runId = env.input("run-id");
    Optional<Integer> entry = number(env, "entry");
    Optional<String> at = env.input("at");
    Optional<String> zone = env.input("zone");
    Optional<Duration> maxWait = duration(env, "max-wait");
    boolean force = flag(env, "force", false);
    boolean reapply = flag(env, "reapply", false);
    List<String> entities = env.input("entities").map(ActionInputs::list).orElse(List.of());
    return builder -> builder
        .environment(environment.orElse(null))
        .ref(ref.orElse(null))
        .migration(migration.orElse(null))
        .plan(plan.orElse(null))
        .out(out.orElse(null))
        .from(from.orElse(null))
        .to(to.orElse(null))
        .runId(runId.orElse(null))
        .historyEntry(entry.orElse(null))
        .at(at.orElse(null))
        .zone(zone.orElse(null))
        .maxWait(maxWait.orElse(null))
        .force(force)
        .reapply(reapply)
        .entities(entities);
  }

  private static Optional<Operation> command(String value) {
    if (value.equalsIgnoreCase(AUTO)) {
      return Optional.empty();
    }
    return Optional.of(Operation.named(value).orElseThrow(() -> bad("command", value,
        "auto or one of: " + Arrays.stream(Operation.values()).map(Operation::cliName).collect(Collectors.joining(", ")))));
  }

  private static boolean flag(ActionEnvironment env, String id, boolean fallback) {
    Optional<String> raw = env.input(id);
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw bad(id, raw.get(), "true/false (or on/off)");
    };
  }

  private static Optional<Integer> number(ActionEnvironment env, String id) {
    return env.input(id).map(raw -> {
      try {
        return Integer.parseInt(raw.startsWith("#") ? raw.substring(1) : raw);
      } catch (NumberFormatException e) {
        throw bad(id, raw, "a number");
      }
    });
  }

  /** As every face reads durations: {@code 90s}, {@code 10m}, {@code 1h30m} or ISO-8601 {@code PT10M}. */
  private static Optional<Duration> duration(ActionEnvironment env, String id) {
    return env.input(id).map(raw -> DurationText.parse(id, raw));
  }

  private static List<String> list(String raw) {
    return Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  private static StagingProException bad(String id, String value, String expected) {
    return StagingProException.badInput("input '" + id + "' is '" + value + "'; expected " + expected);
  }
}
