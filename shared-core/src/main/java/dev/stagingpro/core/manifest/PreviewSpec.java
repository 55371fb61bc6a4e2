package dev.stagingpro.core.manifest;

/** Which environment pull-request previews deploy to, and how many preview channels may exist. */
public record PreviewSpec(String environment, int channels) {
  public static final int DEFAULT_CHANNELS = 2;
}
