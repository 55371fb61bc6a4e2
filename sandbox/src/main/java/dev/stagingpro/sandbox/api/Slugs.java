package dev.stagingpro.sandbox.api;

import java.util.Locale;

/** URL paths the platform derives from names, e.g. "Blue Mugs" → {@code /blue-mugs/}. */
public final class Slugs {
  private Slugs() {}

  public static String path(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return "/" + (slug.isEmpty() ? "item" : slug) + "/";
  }
}
