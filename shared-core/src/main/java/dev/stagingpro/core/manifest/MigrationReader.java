package dev.stagingpro.core.manifest;

import dev.stagingpro.core.manifest.MigrationSpec.CategoryAssignment;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.manifest.MigrationSpec.Selection;
import dev.stagingpro.core.manifest.MigrationSpec.Source;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one item of {@code migrations:}. Duplicate ids across items are checked by the caller. */
final class MigrationReader {
  private static final List<String> KEYS = List.of("id", "from", "to", "mode", "entities", "select", "options");
  private static final List<String> SELECTION_KEYS = List.of("skus", "categories", "keys");
  private static final List<String> OPTION_KEYS = List.of("copy_stock", "anonymise_customers", "prune_images", "category_assignment", "prune");
  private static final Pattern CATEGORY_PATH = Pattern.compile("[^/]+(/[^/]+)*");

  private final EnvironmentRefs environments;
  private final RepoPaths paths;

  MigrationReader(EnvironmentRefs environments, RepoPaths paths) {
    this.environments = environments;
    this.paths = paths;
  }

  /** The migration's id with the value it was read from (so the caller can point at duplicates), and the migration. */
  record Read(Optional<YamlValue> idValue, Optional<String> id, Optional<MigrationSpec> migration) {}

  Read read(YamlValue value) {
    Optional<YamlMap> map = value.map(KEYS);
    if (map.isEmpty()) {
      return new Read(Optional.empty(), Optional.empty(), Optional.empty());
    }
    YamlMap migration = map.get();
    Optional<YamlValue> idValue = migration.require("id", "a stable name for this migration");
    Optional<String> id = idValue.flatMap(v -> Names.read(v, "migration id"));
    Optional<Source> from = migration.require("from", "an environment name or {folder: PATH}").flatMap(this::source);
    Optional<YamlValue> toValue = migration.require("to", "the environment the records go to");
    Optional<String> to = toValue.flatMap(environments::read);
    if (to.isPresent() && from.flatMap(Source::environment).equals(to)) {
      toValue.get().problem("'" + to.get() + "' is also the source; a migration needs two different places");
    }
    Optional<Mode> mode = migration.require("mode", "bulk or selective").flatMap(v -> v.choice("mode", Mode.class));
    Optional<List<Entity>> entities = migration.require("entities", "the entities to migrate, e.g. [products]")
        .flatMap(v -> v.list(MigrationReader::entity));
    Map<Entity, Selection> select = migration.get("select").flatMap(this::selections).orElse(Map.of());
    Optional<YamlMap> optionsMap = migration.get("options").flatMap(v -> v.map(OPTION_KEYS));
    Options options = optionsMap.map(MigrationReader::options).orElse(Options.DEFAULTS);
    if (options.prune() && mode.isPresent() && mode.get() != Mode.SELECTIVE) {
      // bulk never touches existing records, so deleting them would contradict it
      optionsMap.flatMap(o -> o.get("prune")).ifPresent(v -> v.keyProblem(
          "prune is only allowed with mode: selective; use mode: selective or remove prune"));
    }
    Optional<MigrationSpec> spec = id.isEmpty() || from.isEmpty() || to.isEmpty() || mode.isEmpty() || entities.isEmpty()
        ? Optional.empty()
        : Optional.of(new MigrationSpec(id.get(), from.get(), to.get(), mode.get(), entities.get(), select, options));
    return new Read(idValue, id, spec);
  }

  private Optional<Source> source(YamlValue value) {
    if (value.isMapping()) {
      return value.map(List.of("folder"))
          .flatMap(folder -> folder.require("folder", "a folder of exported data files in the repository"))
          .flatMap(paths::folder)
          .map(Source::folder);
    }
    if (!value.isScalar()) {
      return value.expected("an environment name or {folder: PATH}");
    }
    return environments.read(value).map(Source::environment);
  }

  private static Optional<Entity> entity(YamlValue value) {
    return value.choice("entity", Entity.keys()).flatMap(Entity::fromKey);
  }

  private Optional<Map<Entity, Selection>> selections(YamlValue value) {
    Optional<YamlMap> map = value.namedMap();
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<Entity, Selection> selections = new EnumMap<>(Entity.class);
    map.get().entries().forEach((key, selection) -> {
      Optional<Entity> entity = Entity.fromKey(key);
      if (entity.isEmpty()) {
        selection.keyProblem(Suggestions.unknown("entity", key, Entity.keys()));
      } else {
        selection(entity.get(), selection).ifPresent(s -> selections.put(entity.get(), s));
      }
    });
    return Optional.of(selections);
  }

  /** {@code all}, or a mapping of skus / categories / keys (whichever the entity can be selected by). */
  private static Optional<Selection> selection(Entity entity, YamlValue value) {
    if (value.is("all")) {
      return Optional.of(Selection.ALL);
    }
    if (!value.isMapping()) {
      return value.expected("all or a mapping of skus, categories or keys");
    }
    Optional<YamlMap> map = value.map(SELECTION_KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap by = map.get();
    if (by.entries().isEmpty()) {
      by.problem("select records with skus, categories or keys, or write all");
      return Optional.empty();
    }
    if (!entity.selectableBySku()) {
      by.get("skus").ifPresent(v -> v.keyProblem(entity.key() + " cannot be selected by SKU; use keys or all"));
    }
    if (!entity.selectableByCategory()) {
      by.get("categories").ifPresent(v -> v.keyProblem(entity.key() + " cannot be selected by category; use keys or all"));
    }
    List<String> skus = by.get("skus").flatMap(v -> v.list(YamlValue::text)).orElse(List.of());
    List<String> categories = by.get("categories").flatMap(v -> v.list(item -> item.matching(CATEGORY_PATH, text ->
        "'" + text + "' is not a category path; write the names from the top down separated by '/', e.g. Shop All/Kitchen")))
        .orElse(List.of());
    List<String> keys = by.get("keys").flatMap(v -> v.list(YamlValue::text)).orElse(List.of());
    return Optional.of(new Selection(false, skus, categories, keys));
  }

  private static Options options(YamlMap options) {
    return new Options(
        flag(options, "copy_stock", Options.DEFAULTS.copyStock()),
        flag(options, "anonymise_customers", Options.DEFAULTS.anonymiseCustomers()),
        flag(options, "prune_images", Options.DEFAULTS.pruneImages()),
        options.get("category_assignment").flatMap(v -> v.choice("category assignment", CategoryAssignment.class))
            .orElse(Options.DEFAULTS.categoryAssignment()),
        flag(options, "prune", Options.DEFAULTS.prune()));
  }

  private static boolean flag(YamlMap map, String key, boolean fallback) {
    return map.get(key).flatMap(YamlValue::bool).orElse(fallback);
  }
}
