package dev.stagingpro.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Short-lived download links (like the signed URL a theme download job returns): no token
 * needed, valid for a limited time on the sandbox clock.
 */
public final class Downloads {
  static final String PREFIX = "/downloads/";

  private record Link(Supplier<byte[]> content, Instant expires) {}

  private final Map<String, Link> links = new ConcurrentHashMap<>();
  private final Supplier<String> baseUrl;

  Downloads(Supplier<String> baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Publishes content under a fresh URL that stops working after {@code ttl}. */
  public String publish(String fileName, Supplier<byte[]> content, Instant now, Duration ttl) {
    String key = UUID.randomUUID().toString().replace("-", "");
    links.put(key + "/" + fileName, new Link(content, now.plus(ttl)));
    return baseUrl.get() + PREFIX + key + "/" + fileName;
  }

  void serve(HttpExchange exchange, Clock clock) throws IOException {
    String key = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
    Link link = links.get(key);
    if (link == null || clock.instant().isAfter(link.expires())) {
      links.remove(key);
      exchange.sendResponseHeaders(link == null ? 404 : 410, -1);
      return;
    }
    byte[] content = link.content().get();
    exchange.getResponseHeaders().add("Content-Type", "application/zip");
    exchange.sendResponseHeaders(200, content.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(content);
    }
  }
}
