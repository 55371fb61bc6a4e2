package dev.stagingpro.core.notify;

import java.time.Duration;
import java.util.Properties;
import okhttp3.OkHttpClient;

/**
 * How notifications leave the process: the HTTP client for webhooks and extra Jakarta Mail
 * session properties. Faces use {@link #standard()}; tests swap in their own.
 */
public record NotifierTransports(OkHttpClient http, Properties mailProperties) {
  public NotifierTransports {
    Properties copy = new Properties();
    copy.putAll(mailProperties);
    mailProperties = copy;
  }

  /** Bounded timeouts: a chat service that hangs must not hold up the end of a run. */
  public static NotifierTransports standard() {
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(30))
        .build();
    return new NotifierTransports(http, new Properties());
  }
}
