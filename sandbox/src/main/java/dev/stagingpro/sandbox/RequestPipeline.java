package dev.stagingpro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Route;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.knobs.Fault;
import dev.stagingpro.sandbox.knobs.RateLimiter;
import dev.stagingpro.sandbox.observe.RequestRecord;
import dev.stagingpro.sandbox.state.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Lock;

/**
 * Serves one HTTP exchange the way a BigCommerce store would: find the store, check the token,
 * count the request against the rate limit, honour the endpoint's concurrency cap, add latency
 * and injected faults, run the route under the store lock (committing or rolling back), and
 * answer with the X-Rate-Limit-* headers. Every request ends up in the store's request log, before
 * its answer leaves: a client that has its answer can count on finding the request in the log.
 */
final class RequestPipeline implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(RequestPipeline.class.getName());

  private final SandboxServer server;
  private final Routes routes;

  RequestPipeline(SandboxServer server, Routes routes) {
    this.server = server;
    this.routes = routes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getRawPath();
      if (path.startsWith(Downloads.PREFIX)) {
        server.downloads().serve(exchange, server.clock());
        return;
      }
      String[] parts = path.split("/", 4);
      if (parts.length < 4 || !parts[0].isEmpty() || !"stores".equals(parts[1])) {
        write(exchange, Response.json(404, new ApiException(404, "Not found", null).v3Body()), null);
        return;
      }
      SandboxStore store = server.findStore(parts[2]);
      if (store == null) {
        write(exchange, Response.json(404, new ApiException(404, "Store not found", null).v3Body()), null);
        return;
      }
      serve(exchange, store, "/" + parts[3]);
    } finally {
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange, SandboxStore store, String path) throws IOException {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    boolean v2 = path.startsWith("/v2/");
    boolean[] pathKnown = {false};
    Routes.Match match = routes.match(method, path, pathKnown);
    String routeKey = match == null ? method + " " + path : match.route().key();
    Outcome outcome = new Outcome(store, method, path, exchange.getRequestURI().getRawQuery(), routeKey, started);
    try {
      ApiAccount account = store.accountFor(exchange.getRequestHeaders().getFirst("X-Auth-Token"));
      if (account == null) {
        outcome.response = error(v2, new ApiException(401, "No valid API token was sent in X-Auth-Token", null));
        send(exchange, outcome, store.limiter().peek());
        return;
      }
      outcome.clientId = account.clientId();
      RateLimiter.Decision quota = store.limiter().acquire();
      if (!quota.allowed()) {
        outcome.response = error(v2, new ApiException(429, "Too many requests: the store's rate limit is exhausted", null))
            .header("X-Retry-After", Long.toString(quota.retryAfterSeconds()));
        send(exchange, outcome, quota);
        return;
      }
      if (match == null) {
        int status = pathKnown[0] ? 405 : 404;
        outcome.response = error(v2, new ApiException(status, status == 405 ? "Method not allowed" : "Route not found: " + path, null));
        send(exchange, outcome, quota);
        return;
      }
      Semaphore cap = capFor(store, match.route());
      if (cap != null && !cap.tryAcquire()) {
        outcome.response = error(v2, new ApiException(429, "Too many concurrent requests to this endpoint", null))
            .header("X-Retry-After", "1");
        send(exchange, outcome, quota);
        return;
      }
      try {
        run(exchange, store, match, path, v2, account, quota, outcome);
      } finally {
        if (cap != null) {
          cap.release();
        }
      }
    } finally {
      // Dropped answers and failures before an answer: the exchange closes only after this.
      outcome.log();
    }
  }

  private void run(HttpExchange exchange, SandboxStore store, Routes.Match match, String path, boolean v2,
      ApiAccount account, RateLimiter.Decision quota, Outcome outcome) throws IOException {
    Route route = match.route();
    Fault fault = store.faults().next(route.key(), route.isWrite());
    outcome.fault = fault;
    pause(store.knobs().latency());
    if (fault == Fault.SLOW) {
      pause(store.knobs().faults().slowDelay());
    }
    if (fault != null && !fault.commits() && fault != Fault.SLOW) {
      if (fault.drops()) {
        outcome.dropped = true;
        return; // closing the exchange without an answer drops the connection
      }
      outcome.response = error(v2, new ApiException(fault.status(), "Injected fault", null));
      send(exchange, outcome, quota);
      return;
    }
    byte[] body = readBody(exchange, store);
    if (body == null) {
      outcome.response = error(v2, new ApiException(413, "The request body is too large", null));
      exchange.getResponseHeaders().add("Connection", "close");
      send(exchange, outcome, quota);
      return;
    }
    Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
        match.params(), exchange.getRequestHeaders(), body, store, account);
    outcome.response = execute(store, route, request, v2, outcome);
    if (fault != null && fault.commits()) {
      if (fault.drops()) {
        outcome.dropped = true;
        return;
      }
      outcome.response = error(v2, new ApiException(502, "Bad Gateway", null));
    }
    send(exchange, outcome, quota);
  }

  private Response execute(SandboxStore store, Route route, Request request, boolean v2, Outcome outcome) {
    Lock lock = route.isWrite() ? store.data().lock().writeLock() : store.data().lock().readLock();
    lock.lock();
    try {
      Response response = route.handler().handle(request);
      if (route.isWrite()) {
        if (response.commits()) {
          store.data().commit();
          outcome.committed = true;
        } else {
          store.data().rollback();
        }
      }
      return response;
    } catch (ApiException e) {
      if (route.isWrite()) {
        store.data().rollback();
      }
      return error(v2, e);
    } catch (RuntimeException e) {
      if (route.isWrite()) {
        store.data().rollback();
      }
      LOG.log(System.Logger.Level.WARNING, "Sandbox route " + route.key() + " failed", e);
      return error(v2, new ApiException(500, "Internal error in the sandbox: " + e, null));
    } finally {
      lock.unlock();
    }
  }

  private static Semaphore capFor(SandboxStore store, Route route) {
    if (route.concurrencyCap() <= 0 || !store.knobs().concurrencyCaps()) {
      return null;
    }
    return store.cap(route.key(), route.concurrencyCap());
  }

  private static byte[] readBody(HttpExchange exchange, SandboxStore store) throws IOException {
    long max = store.knobs().themes().maxUploadBytes() + 1024 * 1024;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
      return body.length > max ? null : body;
    }
  }

  /** The error body in the version's shape: v3 {status,title,type,errors}, v2 [{status,message}]. */
  static Response error(boolean v2, ApiException e) {
    if (!v2) {
      return Response.json(e.status(), e.v3Body());
    }
    ArrayNode body = Json.array();
    ObjectNode item = body.addObject();
    item.put("status", e.status());
    item.put("message", e.title());
    if (e.errors() != null && e.errors().size() > 0) {
      item.set("details", e.errors());
    }
    return Response.json(e.status(), body);
  }

  private static void send(HttpExchange exchange, Outcome outcome, RateLimiter.Decision quota) throws IOException {
    outcome.log();
    write(exchange, outcome.response, quota);
  }

  private static void write(HttpExchange exchange, Response response, RateLimiter.Decision quota) throws IOException {
    var headers = exchange.getResponseHeaders();
    if (quota != null) {
      headers.add("X-Rate-Limit-Requests-Left", Integer.toString(quota.left()));
      headers.add("X-Rate-Limit-Requests-Quota", Integer.toString(quota.quota()));
      headers.add("X-Rate-Limit-Time-Reset-Ms", Long.toString(quota.resetMs()));
      headers.add("X-Rate-Limit-Time-Window-Ms", Long.toString(quota.windowMs()));
    }
    response.headers().forEach(headers::add);
    byte[] body = response.body();
    if (body == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    headers.add("Content-Type", response.contentType());
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void pause(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What happened to one request, for the log. */
  private static final class Outcome {
    private final SandboxStore store;
    private final String method;
    private final String path;
    private final String query;
    private final String routeKey;
    private final long startedNanos;
    private boolean logged;
    Response response;
    Fault fault;
    String clientId;
    boolean committed;
    boolean dropped;

    Outcome(SandboxStore store, String method, String path, String query, String routeKey, long startedNanos) {
      this.store = store;
      this.method = method;
      this.path = path;
      this.query = query;
      this.routeKey = routeKey;
      this.startedNanos = startedNanos;
    }

    /** Adds the request to the store's log, once. */
    void log() {
      if (logged) {
        return;
      }
      logged = true;
      store.requestLog().add(new RequestRecord(
          store.clock().instant(), method, path, query, routeKey,
          dropped ? 0 : response == null ? 500 : response.status(),
          clientId, fault == null ? null : fault.name(),
          committed, (System.nanoTime() - startedNanos) / 1000));
    }
  }
}
