package dev.stagingpro.sandbox;

import java.security.SecureRandom;

/** Random store hashes, client ids and tokens in BigCommerce's style (lowercase letters and digits). */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Ids() {}

  /**
   * Starts with a letter: an all-digit hash (or one like {@code 0x1f...}) would be read as a
   * number when pasted unquoted into a YAML manifest, and the manifest rightly refuses that.
   */
  static String hash() {
    return (char) ('a' + RANDOM.nextInt(26)) + random(9);
  }

  static String clientId() {
    return random(31);
  }

  static String token() {
    return random(31);
  }

  private static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
