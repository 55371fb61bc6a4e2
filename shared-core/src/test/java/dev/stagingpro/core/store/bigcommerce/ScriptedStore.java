package dev.stagingpro.core.store.bigcommerce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.store.StoreEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A loopback HTTP server answering from a script, standing in for a store's failure modes in the
 * connector's unit tests (the sandbox module is the full store they run against in connector-it).
 * Routes are {@code METHOD /path} below {@code /stores/<hash>}; each answer may be queued per route
 * or given by a handler, and a {@link #DROP} answer closes the connection without a response.
 */
final class ScriptedStore implements AutoCloseable {
  static final String HASH = "abc123";
  static final Reply DROP = new Reply(-1, Map.of(), "");

  /** One answer. */
  record Reply(int status, Map<String, String> headers, String body) {
    static Reply json(int status, String body) {
      return new Reply(status, Map.of(), body);
    }
  }

  /** A request as the server saw it. */
  record Seen(String route, Map<String, String> query, String body, String token) {}

  private final HttpServer server;
  private final Map<String, Deque<Reply>> queued = new ConcurrentHashMap<>();
  private final Map<String, Function<Seen, Reply>> handlers = new ConcurrentHashMap<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

  ScriptedStore() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    on("GET /v2/store", s -> Reply.json(200, "{\"id\":\"" + HASH + "\",\"name\":\"Scripted\",\"default_channel_id\":1}"));
  }

  StoreEndpoint endpoint(String token) {
    return new StoreEndpoint("scripted", "http://127.0.0.1:" + server.getAddress().getPort(), HASH, Secret.of(token));
  }

  /** Answers {@code route} with {@code handler} whenever nothing is queued for it. */
  ScriptedStore on(String route, Function<Seen, Reply> handler) {
    handlers.put(route, handler);
    return this;
  }

  /** Queues answers for the next requests on {@code route}. */
  ScriptedStore next(String route, Reply... replies) {
    queued.computeIfAbsent(route, k -> new ArrayDeque<>()).addAll(List.of(replies));
    return this;
  }

  List<Seen> seen(String route) {
    synchronized (seen) {
      return seen.stream().filter(s -> s.route().equals(route)).toList();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String prefix = "/stores/" + HASH;
    String path = exchange.getRequestURI().getRawPath();
    String route = exchange.getRequestMethod() + " " + (path.startsWith(prefix) ? path.substring(prefix.length()) : path);
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Seen request = new Seen(route, query(exchange.getRequestURI().getRawQuery()), body,
        exchange.getRequestHeaders().getFirst("X-Auth-Token"));
    seen.add(request);
    Deque<Reply> queue = queued.get(route);
    Reply reply = queue == null ? null : queue.poll();
    if (reply == null) {
      Function<Seen, Reply> handler = handlers.get(route);
      reply = handler == null ? Reply.json(404, "{\"status\":404,\"title\":\"no route " + route + "\"}") : handler.apply(request);
    }
    if (reply == DROP || reply.status() < 0) {
      if (reply != DROP) {
        handlers.get(route).apply(request); // commit-then-drop: the handler's effect, then no answer
      }
      exchange.close(); // no response: the client sees the connection end
      return;
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Commits the route's handler effect, then drops the connection. */
  static Reply commitThenDrop() {
    return new Reply(-2, Map.of(), "");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> map = new LinkedHashMap<>();
    if (raw == null) {
      return map;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      map.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return map;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
