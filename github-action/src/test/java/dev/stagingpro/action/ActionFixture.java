package dev.stagingpro.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.ops.OperationRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out what the runner gives a container action (workspace, event file, file-command files,
 * the {@code GITHUB_*} and {@code INPUT_*} variables) in a temporary folder, and runs the
 * entrypoint in-process against it, with the real core runner.
 */
final class ActionFixture {
  static final String GITHUB_TOKEN = "ghs_fixtureToken0123456789abcdef";
  static final String HEAD_SHA = "0123456789abcdef0123456789abcdef01234567";
  static final String RUN_URL = "https://github.com/acme/shop/actions/runs/42";

  /** What one run left behind. */
  record Result(int exitCode, String log, Map<String, String> outputs, String outputFile, String summary) {
    /** Everything the run wrote where people or later steps can read it. */
    String everything() {
      return log + "\n" + outputFile + "\n" + summary;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  final Path workspace;
  private final Path fileCommands;
  private final Path eventFile;
  private final Map<String, String> env = new HashMap<>();
  private int runs;

  ActionFixture(Path temp, FakeGitHubApi api) {
    workspace = temp.resolve("workspace");
    fileCommands = temp.resolve("file_commands");
    eventFile = temp.resolve("workflow/event.json");
    try {
      Files.createDirectories(workspace);
      Files.createDirectories(fileCommands);
      Files.createDirectories(eventFile.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("CI", "true");
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_EVENT_PATH", eventFile.toString());
    env.put("GITHUB_API_URL", api.url());
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_REPOSITORY", FakeGitHubApi.OWNER + "/" + FakeGitHubApi.REPO);
    env.put("GITHUB_RUN_ID", "42");
    env.put("GITHUB_ACTOR", "octocat");
    // as the runner passes them: dashes kept, defaults from action.yml filled in
    env.put("INPUT_GITHUB-TOKEN", GITHUB_TOKEN);
    env.put("INPUT_COMMAND", "auto");
    env.put("INPUT_MANIFEST", "stagingpro.yml");
    env.put("INPUT_COMMENT", "on");
    env.put("INPUT_APPROVE", "false");
  }

  ActionFixture set(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
    return this;
  }

  ActionFixture file(String relative, String content) {
    try {
      Path file = workspace.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code pull_request} event; {@code headRepository} other than acme/shop makes it a fork's. */
  ActionFixture pullRequest(String action, int number, String headRepository) {
    ObjectNode event = JSON.createObjectNode();
    event.put("action", action);
    event.put("number", number);
    ObjectNode pr = event.putObject("pull_request");
    pr.put("number", number);
    pr.put("state", action.equals("closed") ? "closed" : "open");
    pr.put("merged", false);
    pr.put("html_url", "https://github.com/acme/shop/pull/" + number);
    pr.putObject("user").put("login", "octocat");
    ObjectNode head = pr.putObject("head");
    head.put("sha", HEAD_SHA);
    head.put("ref", "feature/home");
    head.putObject("repo").put("full_name", headRepository).put("fork", !headRepository.equals("acme/shop"));
    ObjectNode base = pr.putObject("base");
    base.put("sha", "fedcba9876543210fedcba9876543210fedcba98");
    base.put("ref", "main");
    base.putObject("repo").put("full_name", "acme/shop");
    repository(event);
    event.putObject("sender").put("login", "octocat");
    env.put("GITHUB_EVENT_NAME", "pull_request");
    env.put("GITHUB_REF", "refs/pull/" + number + "/merge");
    env.put("GITHUB_SHA", "1111111111111111111111111111111111111111");
    env.put("GITHUB_HEAD_REF", "feature/home");
    env.put("GITHUB_BASE_REF", "main");
    return event(event);
  }

  ActionFixture push(String branch) {
    ObjectNode event = JSON.createObjectNode();
    event.put("ref", "refs/heads/" + branch);
    event.put("before", "fedcba9876543210fedcba9876543210fedcba98");
    event.put("after", HEAD_SHA);
    repository(event);
    event.putObject("pusher").put("name", "octocat");
    env.put("GITHUB_EVENT_NAME", "push");
    env.put("GITHUB_REF", "refs/heads/" + branch);
    env.put("GITHUB_SHA", HEAD_SHA);
    return event(event);
  }

  ActionFixture event(String name, ObjectNode payload) {
    env.put("GITHUB_EVENT_NAME", name);
    return event(payload);
  }

  /** Runs the entrypoint once, with fresh output and summary files as the runner gives each step. */
  Result run() {
    runs++;
    Path output = fileCommands.resolve("set_output_" + runs);
    Path summary = fileCommands.resolve("step_summary_" + runs);
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    int exit;
    try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      exit = new ActionRun(new ActionEnvironment(Map.copyOf(env)::get), out, OperationRunner.standard(), clock).run();
    }
    String outputText = read(output);
    return new Result(exit, log.toString(StandardCharsets.UTF_8), parseOutputs(outputText), outputText, read(summary));
  }

  private static void repository(ObjectNode event) {
    ObjectNode repo = event.putObject("repository");
    repo.put("full_name", "acme/shop");
    repo.put("name", "shop");
    repo.put("default_branch", "main");
    repo.putObject("owner").put("login", "acme");
  }

  private ActionFixture event(ObjectNode payload) {
    try {
      Files.writeString(eventFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(payload));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads GITHUB_OUTPUT the way the runner does: {@code name=value} lines and {@code name<<DELIM} blocks. */
  static Map<String, String> parseOutputs(String text) {
    Map<String, String> outputs = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int heredoc = line.indexOf("<<");
      int equals = line.indexOf('=');
      if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (!lines.get(j).equals(delimiter)) {
          value.append(value.isEmpty() && j == i + 1 ? "" : "\n").append(lines.get(j));
          j++;
        }
        outputs.put(line.substring(0, heredoc), value.toString());
        i = j;
      } else if (equals > 0) {
        outputs.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return outputs;
  }
}
