package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.RequestMetrics;
import dev.stagingpro.core.store.RequestObserver;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Sends requests to one store: token header, concurrency caps, rate-limit pacing, metrics, and
 * bounded retries with back-off for timeouts, dropped connections, 5xx and 429. OkHttp's own
 * silent retry is off, so nothing is ever sent twice without this class deciding it.
 */
final class HttpExecutor implements AutoCloseable {
  /** Whether a request may simply be sent again after a failure that leaves its fate unknown. */
  enum Repeat {
    /** Reads, updates by id, deletes: sending twice is harmless. */
    SAFE,
    /** Creates: a failure that may have left a record throws {@link AmbiguousWriteException}. */
    NOT_SAFE
  }

  private static final int MAX_RATE_LIMITED = 30;
  private static final Duration LONG_WAIT = Duration.ofSeconds(5);

  private final StoreEndpoint endpoint;
  private final ConnectorOptions options;
  private final RequestMetrics metrics;
  private final OkHttpClient client;
  private final ConcurrencyGate gate;
  private final RateLimitPacer pacer;
  private final Backoff backoff;

  HttpExecutor(StoreEndpoint endpoint, ConnectorOptions options, RequestMetrics metrics) {
    this.endpoint = endpoint;
    this.options = options;
    this.metrics = metrics;
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(options.connectTimeout())
            .readTimeout(options.readTimeout())
            .writeTimeout(options.readTimeout())
            .retryOnConnectionFailure(false)
            .followRedirects(false);
    if (options.observer() != RequestObserver.NONE) {
      builder.addNetworkInterceptor(chain -> {
        options.observer().sent(asSent(chain.request()));
        return chain.proceed(chain.request());
      });
    }
    this.client = builder.build();
    this.gate = new ConcurrencyGate(options.maxInFlight(), options.endpointCaps());
    this.pacer = new RateLimitPacer(options.clock(), options.sleeper(), metrics, this::tellLongWait);
    this.backoff = new Backoff(options.backoffBase(), options.backoffMax(), options.random());
  }

  String environment() {
    return endpoint.environment();
  }

  /** Sends and requires a 2xx answer; anything else becomes a {@link StoreApiException}. */
  ApiResponse call(ApiRequest request) {
    ApiResponse response = send(request, Repeat.SAFE);
    return requireSuccess(request, response);
  }

  ApiResponse requireSuccess(ApiRequest request, ApiResponse response) {
    if (!response.isSuccess()) {
      throw failure(request, response);
    }
    return response;
  }

  StoreApiException failure(ApiRequest request, ApiResponse response) {
    return new StoreApiException(
        endpoint.environment(), request.endpoint(), response.status(), mask(StoreMessages.of(response)));
  }

  /**
   * Sends until the store gives a final answer (2xx or 4xx other than 429) and returns it. Retries
   * are bounded; when they run out, a {@link StoreApiException} says what happened last.
   */
  ApiResponse send(ApiRequest request, Repeat repeat) {
    int failures = 0;
    int rateLimited = 0;
    while (true) {
      Attempt attempt = attempt(request);
      Duration wait;
      if (attempt.response != null && attempt.response.status() == 429) {
        metrics.rateLimited();
        if (++rateLimited > MAX_RATE_LIMITED) {
          throw failure(request, attempt.response);
        }
        int backoffStep = Math.min(rateLimited, 8);
        wait = attempt.rateLimitWait.orElseGet(() -> backoff.delay(backoffStep));
        tellLongWait(wait);
      } else if (attempt.response != null && attempt.response.status() < 500) {
        return attempt.response;
      } else {
        String what = attempt.response != null
            ? attempt.response.status() + " " + mask(StoreMessages.of(attempt.response))
            : attempt.error;
        if (repeat == Repeat.NOT_SAFE && !attempt.neverSent) {
          throw new AmbiguousWriteException(request.endpoint() + ": " + what);
        }
        if (++failures >= options.maxAttempts()) {
          if (attempt.response != null) {
            throw failure(request, attempt.response);
          }
          throw new StoreApiException(endpoint.environment(), request.endpoint(), 0,
              "no answer after " + failures + " attempts (" + what + ")");
        }
        wait = backoff.delay(failures);
      }
      metrics.retry();
      sleep(wait);
    }
  }

  /** Long pauses are worth a line: without one a run waiting for the quota looks stuck. */
  private void tellLongWait(Duration wait) {
    if (wait.compareTo(LONG_WAIT) >= 0) {
      options.listener().info("Store '" + endpoint.environment() + "': API request quota used up, waiting "
          + Math.max(1, wait.toSeconds()) + " s for it to refill");
    }
  }

  /** Sleeps with the connector's sleeper, for back-off and job polling. */
  void sleep(Duration duration) {
    try {
      options.sleeper().sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StagingProException.failed("interrupted while waiting for store '" + endpoint.environment() + "'");
    }
  }

  /**
   * Downloads an absolute link (a theme download on a CDN) without the token: it is not the API.
   */
  Path download(String url, Path target) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw StagingProException.failed("store '" + endpoint.environment() + "' gave an invalid download link");
    }
    for (int failures = 1; ; failures++) {
      try (Response response = client.newCall(new Request.Builder().url(parsed).get().build()).execute()) {
        metrics.request("GET (download)", 0);
        if (response.isSuccessful()) {
          try (InputStream in = response.body().byteStream()) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            long bytes = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            metrics.received(bytes);
            return target;
          }
        }
        if (response.code() < 500 || failures >= options.maxAttempts()) {
          throw StagingProException.failed(
              "downloading from store '" + endpoint.environment() + "' failed with HTTP " + response.code());
        }
      } catch (IOException e) {
        metrics.networkFailure();
        if (failures >= options.maxAttempts()) {
          throw StagingProException.failed(
              "downloading from store '" + endpoint.environment() + "' failed: " + e.getMessage(), e);
        }
      }
      metrics.retry();
      sleep(backoff.delay(failures));
    }
  }

  private Attempt attempt(ApiRequest request) {
    Request http = toHttp(request);
    ConcurrencyGate.Permit permit;
    try {
      permit = gate.enter(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StagingProException.failed("interrupted while calling store '" + endpoint.environment() + "'");
    }
    try {
      long ticket = pacer.acquire();
      metrics.request(request.endpoint(), request.bodyLength());
      try (Response response = client.newCall(http).execute()) {
        byte[] body = response.body().bytes();
        metrics.received(body.length);
        ApiResponse answer = new ApiResponse(response.code(), response.headers(), body);
        RateLimitHeaders limits = RateLimitHeaders.of(response.headers());
        if (answer.status() == 429) {
          return Attempt.rateLimited(answer, pacer.rateLimited(ticket, limits));
        }
        pacer.observe(ticket, limits);
        return Attempt.answered(answer);
      } catch (IOException e) {
        pacer.abandon(ticket);
        metrics.networkFailure();
        return Attempt.failed(describe(e), neverSent(e));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StagingProException.failed("interrupted while calling store '" + endpoint.environment() + "'");
    } finally {
      permit.close();
    }
  }

  private Request toHttp(ApiRequest request) {
    HttpUrl base = HttpUrl.get(request.version().equals("v2") ? endpoint.v2BaseUrl() : endpoint.v3BaseUrl());
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> q : request.query().entrySet()) {
      url.addQueryParameter(q.getKey(), q.getValue());
    }
    return new Request.Builder()
        .url(url.build())
        .header("X-Auth-Token", endpoint.token().reveal())
        .header("Accept", "application/json")
        .method(request.method(), request.body())
        .build();
  }

  /** The request as it goes on the wire, token masked, for the observer. */
  private static RequestObserver.SentRequest asSent(Request request) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.headers().names()) {
      List<String> values = name.equalsIgnoreCase("X-Auth-Token") ? List.of("****") : request.headers().values(name);
      headers.put(name, values);
    }
    byte[] body = new byte[0];
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readByteArray();
    }
    return new RequestObserver.SentRequest(request.method(), request.url().toString(), headers, body);
  }

  private String describe(Exception e) {
    String message = e.getMessage() == null ? "" : ": " + mask(e.getMessage());
    return e.getClass().getSimpleName() + message;
  }

  private String mask(String text) {
    return endpoint.token().maskIn(text);
  }

  /** Failures that happen before a byte of the request left: the store cannot have seen it. */
  private static boolean neverSent(Exception e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private record Attempt(
      ApiResponse response, Optional<Duration> rateLimitWait, String error, boolean neverSent) {
    static Attempt answered(ApiResponse response) {
      return new Attempt(response, Optional.empty(), null, false);
    }

    static Attempt rateLimited(ApiResponse response, Optional<Duration> wait) {
      return new Attempt(response, wait, null, true);
    }

    static Attempt failed(String error, boolean neverSent) {
      return new Attempt(null, Optional.empty(), error, neverSent);
    }
  }
}
