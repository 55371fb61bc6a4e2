package dev.stagingpro.core.manifest;

import java.util.List;

/** Describes what a manifest declares, for {@code validate}. (Placeholder: the manifest work fills this in.) */
public final class ManifestDescriber {
  private ManifestDescriber() {}

  /** Lines for people and the same facts as a structure for {@code --json}. */
  public record Description(List<String> lines) {}

  public static Description describe(Manifest manifest) {
    return new Description(List.of("manifest " + manifest.file() + " is valid"));
  }
}
