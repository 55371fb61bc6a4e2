package dev.stagingpro.core.notify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs a JSON payload to a webhook (Slack, Teams). The URL is the credential, so whatever comes
 * back (status line, body, exception text) is masked for the URL and its path and query parts
 * before anyone sees it.
 */
final class WebhookSender {
  static final int BODY_SHOWN = 200;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;

  WebhookSender(OkHttpClient http) {
    this.http = http;
  }

  Delivery post(String target, Secret url, JsonNode payload) {
    HttpUrl parsed = HttpUrl.parse(url.reveal());
    if (parsed == null) {
      return Delivery.failed(target, "the webhook URL is not an http(s) URL; check the variable it comes from");
    }
    SecretMasker mask = maskerFor(url, parsed);
    Request request = new Request.Builder().url(parsed).post(RequestBody.create(payload.toString(), JSON)).build();
    try (Response response = http.newCall(request).execute()) {
      String detail = "HTTP " + response.code() + shortBody(response, mask);
      return response.isSuccessful() ? Delivery.ok(target, detail) : Delivery.failed(target, detail);
    } catch (IOException e) {
      return Delivery.failed(target, mask.mask(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /** Masked before it is cut: a cut through an echoed URL would leave its head unmasked. */
  private static String shortBody(Response response, SecretMasker mask) throws IOException {
    String body = mask.mask(response.body().string()).replaceAll("\\s+", " ").strip();
    if (body.isEmpty()) {
      return "";
    }
    return ": " + (body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "…" : body);
  }

  /** A server may echo the path or a signature parameter alone; mask those pieces too. */
  private static SecretMasker maskerFor(Secret url, HttpUrl parsed) {
    SecretMasker masker = new SecretMasker();
    masker.register(url);
    masker.register(Secret.of(parsed.encodedPath()));
    if (parsed.encodedQuery() != null) {
      masker.register(Secret.of(parsed.encodedQuery()));
      for (String name : parsed.queryParameterNames()) {
        parsed.queryParameterValues(name).forEach(v -> {
          if (v != null && v.length() >= 8) {
            masker.register(Secret.of(v));
          }
        });
      }
    }
    return masker;
  }
}
