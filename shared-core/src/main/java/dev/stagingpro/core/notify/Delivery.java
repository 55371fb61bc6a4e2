package dev.stagingpro.core.notify;

/**
 * How sending to one target went. {@code target} names it without its URL or address (e.g. {@code
 * slack notification #1}); {@code detail} is the target's answer (HTTP status and a short body, or
 * the SMTP server's reply), with secrets masked.
 */
public record Delivery(String target, boolean delivered, String detail) {
  static Delivery ok(String target, String detail) {
    return new Delivery(target, true, detail);
  }

  static Delivery failed(String target, String detail) {
    return new Delivery(target, false, detail);
  }
}
