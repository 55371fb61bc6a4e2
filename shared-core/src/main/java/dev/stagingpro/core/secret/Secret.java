package dev.stagingpro.core.secret;

import java.util.Objects;

/**
 * A credential value (API token, password, webhook URL). Its {@link #toString()} never shows the
 * value, so it can travel through records, exceptions and logs without leaking. Only code that
 * puts it on the wire calls {@link #reveal()}.
 */
public final class Secret {
  private static final String MASK = "****";
  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The plain value; call only where it is sent to the service it belongs to. */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /** Replaces every occurrence of this secret in {@code text} by a mask. */
  public String maskIn(String text) {
    if (text == null || value.length() < 4) {
      return text;
    }
    return text.replace(value, MASK);
  }

  @Override
  public String toString() {
    return MASK;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
