package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Maps the YAML tree of a whole manifest onto {@link Manifest}, recording every problem on the way. */
final class ManifestReader {
  static final int VERSION = 1;
  private static final List<String> KEYS = List.of("version", "environments", "theme", "preview", "migrations", "notifications");

  private final Path manifestFile;
  private final Path repoRoot;
  private final RepoPaths paths;

  ManifestReader(Path manifestFile, Path repoRoot) {
    this.manifestFile = manifestFile;
    this.repoRoot = repoRoot;
    this.paths = new RepoPaths(repoRoot);
  }

  /** The manifest, or empty when something required could not be read (the problems say what). */
  Optional<Manifest> read(YamlValue root) {
    Optional<YamlMap> map = root.map(KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap manifest = map.get();
    Optional<Integer> version = manifest.require("version", "write version: " + VERSION).flatMap(this::version);
    Optional<Map<String, EnvironmentSpec>> environments = manifest
        .require("environments", "name each store or sandbox store the manifest uses")
        .flatMap(ManifestReader::environments);
    EnvironmentRefs refs = new EnvironmentRefs(environments.map(Map::keySet));
    Optional<ThemeSpec> theme = manifest.section("theme").flatMap(v -> ThemeReader.read(v, paths));
    Optional<PreviewSpec> preview = manifest.section("preview").flatMap(v -> PreviewReader.read(v, refs));
    List<MigrationSpec> migrations = manifest.section("migrations").flatMap(v -> migrations(v, refs)).orElse(List.of());
    List<NotificationSpec> notifications = manifest.section("notifications")
        .flatMap(v -> each(v, NotificationReader::read)).orElse(List.of());
    if (version.isEmpty() || environments.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Manifest(manifestFile, repoRoot, version.get(), environments.get(), theme, preview, migrations, notifications));
  }

  private Optional<Integer> version(YamlValue value) {
    Optional<Integer> version = value.integer();
    if (version.isPresent() && version.get() != VERSION) {
      value.problem("unsupported version " + version.get() + "; this StagingPro reads version " + VERSION);
      return Optional.empty();
    }
    return version;
  }

  private static Optional<Map<String, EnvironmentSpec>> environments(YamlValue value) {
    Optional<YamlMap> map = value.namedMap();
    if (map.isEmpty()) {
      return Optional.empty();
    }
    if (map.get().entries().isEmpty()) {
      value.problem("declare at least one environment");
    }
    Map<String, EnvironmentSpec> environments = new LinkedHashMap<>();
    map.get().entries().forEach((name, env) -> EnvironmentReader.read(name, env).ifPresent(spec -> environments.put(name, spec)));
    return Optional.of(environments);
  }

  private Optional<List<MigrationSpec>> migrations(YamlValue value, EnvironmentRefs refs) {
    MigrationReader reader = new MigrationReader(refs, paths);
    Map<String, Integer> firstLine = new HashMap<>();
    return each(value, item -> {
      MigrationReader.Read read = reader.read(item);
      read.id().ifPresent(id -> {
        YamlValue idValue = read.idValue().orElseThrow();
        Integer first = firstLine.putIfAbsent(id, idValue.mark().getLine() + 1);
        if (first != null) {
          idValue.problem("duplicate migration id '" + id + "' (also used at line " + first + ")");
        }
      });
      return read.migration();
    });
  }

  /** Reads every item of a list (each may add problems); the items that could be read, in order. */
  private static <T> Optional<List<T>> each(YamlValue value, Function<YamlValue, Optional<T>> reader) {
    return value.items().map(items -> {
      List<T> read = new ArrayList<>();
      items.forEach(item -> reader.apply(item).ifPresent(read::add));
      return read;
    });
  }
}
