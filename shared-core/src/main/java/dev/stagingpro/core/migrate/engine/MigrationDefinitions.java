package dev.stagingpro.core.migrate.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.Fingerprints;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A migration's definition as it matters for what it does (source, destination, mode, entities,
 * selection, options), written the same way on every machine — a data folder relative to the
 * repository — so its checksum tells the ledger and saved plans whether the definition changed.
 */
public final class MigrationDefinitions {
  private MigrationDefinitions() {}

  public static String checksum(MigrationSpec spec, Path repoRoot) {
    return Fingerprints.of(describe(spec, repoRoot));
  }

  /** Where the records come from, as plans and messages name it. */
  public static String from(MigrationSpec spec, Path repoRoot) {
    return spec.from().environment().orElseGet(() -> "folder " + relative(spec.from().folder().orElseThrow(), repoRoot));
  }

  static ObjectNode describe(MigrationSpec spec, Path repoRoot) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", spec.id());
    node.put("from", from(spec, repoRoot));
    node.put("to", spec.to());
    node.put("mode", spec.mode().name().toLowerCase(Locale.ROOT));
    ArrayNode entities = node.putArray("entities");
    spec.entities().forEach(e -> entities.add(e.key()));
    ObjectNode select = node.putObject("select");
    Map<String, MigrationSpec.Selection> sorted = new TreeMap<>();
    spec.select().forEach((entity, selection) -> sorted.put(entity.key(), selection));
    sorted.forEach((entity, selection) -> {
      ObjectNode s = select.putObject(entity);
      s.put("all", selection.all());
      selection.skus().forEach(s.withArrayProperty("skus")::add);
      selection.categories().forEach(s.withArrayProperty("categories")::add);
      selection.keys().forEach(s.withArrayProperty("keys")::add);
    });
    MigrationSpec.Options options = spec.options();
    ObjectNode written = node.putObject("options")
        .put("copy_stock", options.copyStock())
        .put("anonymise_customers", options.anonymiseCustomers())
        .put("prune_images", options.pruneImages())
        .put("category_assignment", options.categoryAssignment().name().toLowerCase(Locale.ROOT));
    if (options.prune()) {
      // only when on, so the checksums of migrations applied before the option existed stay the same
      written.put("prune", true);
    }
    return node;
  }

  private static String relative(Path folder, Path repoRoot) {
    Path absolute = repoRoot.resolve(folder).normalize();
    return repoRoot.toAbsolutePath().normalize().relativize(absolute.toAbsolutePath()).toString().replace('\\', '/');
  }
}
