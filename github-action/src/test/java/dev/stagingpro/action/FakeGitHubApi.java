package dev.stagingpro.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the GitHub REST API on loopback (the real one cannot be reached from tests): the
 * endpoints the Action calls through github-api, with bodies shaped like GitHub's documented
 * responses, state kept in memory, every request recorded. A read-only token gets GitHub's 403
 * for writes, as pull requests from forks do.
 */
final class FakeGitHubApi implements AutoCloseable {
  static final String OWNER = "acme";
  static final String REPO = "shop";
  static final String BOT = "github-actions[bot]";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISSUE = Pattern.compile("/repos/acme/shop/issues/(\\d+)");
  private static final Pattern ISSUE_COMMENTS = Pattern.compile("/repos/acme/shop/issues/(\\d+)/comments");
  private static final Pattern COMMENT = Pattern.compile("/repos/acme/shop/issues/comments/(\\d+)");
  private static final Pattern STATUSES = Pattern.compile("/repos/acme/shop/statuses/([0-9a-f]{7,40})");

  /** One request as received: method, path, the token it carried and its body. */
  record Request(String method, String path, String authorization, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final HttpServer server;
  private final String token;
  private final AtomicLong ids = new AtomicLong(1_000);
  private final Map<Long, ObjectNode> comments = Collections.synchronizedMap(new TreeMap<>());
  private final List<ObjectNode> statuses = Collections.synchronizedList(new ArrayList<>());
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean readOnly;
  private volatile Path stateFile;

  FakeGitHubApi(String token) throws IOException {
    this.token = token;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Serves until killed, for the container test (github-action/container-test.sh), which runs the
   * real image against it: {@code FakeGitHubApi TOKEN PORT_FILE STATE_FILE}. Writes the port it
   * listens on, then after each request the comments, statuses and requests seen so far as JSON.
   */
  public static void main(String[] args) throws Exception {
    FakeGitHubApi api = new FakeGitHubApi(args[0]);
    api.stateFile = Path.of(args[2]);
    api.writeState();
    Files.writeString(Path.of(args[1]), String.valueOf(api.server.getAddress().getPort()));
    Thread.currentThread().join();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Writes answer 403 "Resource not accessible by integration", like a fork's token gets. */
  void readOnly(boolean value) {
    readOnly = value;
  }

  /** A comment someone else wrote, to check ours is told apart from it. */
  void addComment(int issue, String body, String login) {
    long id = ids.incrementAndGet();
    comments.put(id, comment(id, issue, body, login));
  }

  List<ObjectNode> comments(int issue) {
    synchronized (comments) {
      return comments.values().stream().filter(c -> c.path("issue_url").asText().endsWith("/issues/" + issue)).toList();
    }
  }

  List<ObjectNode> statuses() {
    synchronized (statuses) {
      return List.copyOf(statuses);
    }
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Requests that changed something (POST, PATCH, PUT, DELETE). */
  List<Request> writes() {
    return requests().stream().filter(r -> !r.method().equals("GET")).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      requests.add(new Request(method, path, auth, body));
      if (auth == null || !auth.endsWith(" " + token)) {
        send(exchange, 401, error("Bad credentials", 401));
        return;
      }
      if (readOnly && !method.equals("GET")) {
        send(exchange, 403, error("Resource not accessible by integration", 403));
        return;
      }
      route(exchange, method, path, body);
    }
  }

  private void writeState() throws IOException {
    if (stateFile == null) {
      return;
    }
    ObjectNode state = JSON.createObjectNode();
    ArrayNode allComments = state.putArray("comments");
    synchronized (comments) {
      comments.values().forEach(allComments::add);
    }
    ArrayNode allStatuses = state.putArray("statuses");
    statuses().forEach(allStatuses::add);
    ArrayNode allRequests = state.putArray("requests");
    requests().forEach(r -> allRequests.add(r.toString()));
    Path temp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
    Files.move(temp, stateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
    Matcher m;
    if (method.equals("GET") && path.equals("/user")) {
      // what GitHub answers an installation token such as the workflow's GITHUB_TOKEN
      send(exchange, 403, error("Resource not accessible by integration", 403));
    } else if (method.equals("GET") && path.equals("/repos/acme/shop")) {
      send(exchange, 200, repository());
    } else if (method.equals("GET") && (m = ISSUE.matcher(path)).matches()) {
      send(exchange, 200, issue(Integer.parseInt(m.group(1))));
    } else if (method.equals("GET") && (m = ISSUE_COMMENTS.matcher(path)).matches()) {
      ArrayNode list = JSON.createArrayNode();
      comments(Integer.parseInt(m.group(1))).forEach(list::add);
      send(exchange, 200, list);
    } else if (method.equals("POST") && (m = ISSUE_COMMENTS.matcher(path)).matches()) {
      long id = ids.incrementAndGet();
      ObjectNode created = comment(id, Integer.parseInt(m.group(1)), JSON.readTree(body).path("body").asText(), BOT);
      comments.put(id, created);
      send(exchange, 201, created);
    } else if (method.equals("PATCH") && (m = COMMENT.matcher(path)).matches()) {
      ObjectNode existing = comments.get(Long.parseLong(m.group(1)));
      if (existing == null) {
        send(exchange, 404, error("Not Found", 404));
        return;
      }
      existing.put("body", JSON.readTree(body).path("body").asText());
      existing.put("updated_at", "2026-11-22T10:05:00Z");
      send(exchange, 200, existing);
    } else if (method.equals("POST") && (m = STATUSES.matcher(path)).matches()) {
      JsonNode in = JSON.readTree(body);
      ObjectNode status = JSON.createObjectNode();
      status.put("url", url() + "/repos/acme/shop/statuses/" + m.group(1));
      status.put("id", ids.incrementAndGet());
      status.put("node_id", "SC_kwDOA" + status.get("id").asText());
      status.put("state", in.path("state").asText());
      status.put("description", in.path("description").asText(null));
      status.put("target_url", in.path("target_url").asText(null));
      status.put("context", in.path("context").asText("default"));
      status.put("created_at", "2026-11-22T10:00:00Z");
      status.put("updated_at", "2026-11-22T10:00:00Z");
      status.put("sha", m.group(1));
      status.set("creator", user(BOT));
      statuses.add(status);
      send(exchange, 201, status);
    } else {
      send(exchange, 404, error("Not Found", 404));
    }
  }

  private ObjectNode repository() {
    ObjectNode repo = JSON.createObjectNode();
    repo.put("id", 1296269);
    repo.put("node_id", "MDEwOlJlcG9zaXRvcnkxMjk2MjY5");
    repo.put("name", REPO);
    repo.put("full_name", OWNER + "/" + REPO);
    repo.set("owner", user(OWNER).put("type", "Organization"));
    repo.put("private", false);
    repo.put("html_url", "https://github.com/acme/shop");
    repo.put("url", url() + "/repos/acme/shop");
    repo.put("default_branch", "main");
    repo.put("created_at", "2026-01-01T00:00:00Z");
    repo.put("updated_at", "2026-11-01T00:00:00Z");
    repo.put("pushed_at", "2026-11-21T00:00:00Z");
    ObjectNode permissions = repo.putObject("permissions");
    permissions.put("admin", false);
    permissions.put("push", !readOnly);
    permissions.put("pull", true);
    return repo;
  }

  private ObjectNode issue(int number) {
    ObjectNode issue = JSON.createObjectNode();
    issue.put("id", 7_000_000 + number);
    issue.put("node_id", "PR_kwDOA" + number);
    issue.put("url", url() + "/repos/acme/shop/issues/" + number);
    issue.put("repository_url", url() + "/repos/acme/shop");
    issue.put("comments_url", url() + "/repos/acme/shop/issues/" + number + "/comments");
    issue.put("html_url", "https://github.com/acme/shop/pull/" + number);
    issue.put("number", number);
    issue.put("state", "open");
    issue.put("title", "Refresh the home page");
    issue.put("body", "");
    issue.set("user", user("octocat"));
    issue.put("comments", comments(number).size());
    issue.put("created_at", "2026-11-22T09:00:00Z");
    issue.put("updated_at", "2026-11-22T09:00:00Z");
    ObjectNode pr = issue.putObject("pull_request");
    pr.put("url", url() + "/repos/acme/shop/pulls/" + number);
    pr.put("html_url", "https://github.com/acme/shop/pull/" + number);
    return issue;
  }

  private ObjectNode comment(long id, int issue, String body, String login) {
    ObjectNode comment = JSON.createObjectNode();
    comment.put("id", id);
    comment.put("node_id", "IC_kwDOA" + id);
    comment.put("url", url() + "/repos/acme/shop/issues/comments/" + id);
    comment.put("html_url", "https://github.com/acme/shop/pull/" + issue + "#issuecomment-" + id);
    comment.put("issue_url", url() + "/repos/acme/shop/issues/" + issue);
    comment.put("body", body);
    comment.set("user", user(login));
    comment.put("created_at", "2026-11-22T10:00:00Z");
    comment.put("updated_at", "2026-11-22T10:00:00Z");
    comment.put("author_association", "NONE");
    return comment;
  }

  private static ObjectNode user(String login) {
    ObjectNode user = JSON.createObjectNode();
    user.put("login", login);
    user.put("id", Math.abs(login.hashCode()));
    user.put("node_id", "MDQ6VXNlcjE=");
    user.put("type", login.endsWith("[bot]") ? "Bot" : "User");
    user.put("site_admin", false);
    return user;
  }

  private static ObjectNode error(String message, int code) {
    ObjectNode error = JSON.createObjectNode();
    error.put("message", message);
    error.put("documentation_url", "https://docs.github.com/rest");
    error.put("status", String.valueOf(code));
    return error;
  }

  /** Sends the answer, after saving the state, so a client that has its answer finds the state saved. */
  private void send(HttpExchange exchange, int code, JsonNode body) throws IOException {
    writeState();
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("X-GitHub-Api-Version-Selected", "2022-11-28");
    exchange.getResponseHeaders().set("X-RateLimit-Limit", "5000");
    exchange.getResponseHeaders().set("X-RateLimit-Remaining", "4999");
    exchange.getResponseHeaders().set("X-RateLimit-Reset", "4102444800");
    exchange.sendResponseHeaders(code, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
