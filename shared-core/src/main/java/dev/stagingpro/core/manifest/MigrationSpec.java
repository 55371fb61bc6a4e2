package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One declared migration. {@code from} is an environment name or a folder of exported data files
 * in the repo ({@link Source}); {@code to} is always an environment.
 */
public record MigrationSpec(
    String id,
    Source from,
    String to,
    Mode mode,
    List<Entity> entities,
    Map<Entity, Selection> select,
    Options options) {

  public MigrationSpec {
    entities = List.copyOf(entities);
    select = Map.copyOf(select);
  }

  public enum Mode { BULK, SELECTIVE }

  /** Where records come from: a declared environment, or a data folder inside the repo. */
  public record Source(Optional<String> environment, Optional<Path> folder) {
    public static Source environment(String name) {
      return new Source(Optional.of(name), Optional.empty());
    }

    public static Source folder(Path path) {
      return new Source(Optional.empty(), Optional.of(path));
    }
  }

  /**
   * Which records of an entity move: everything ({@code all}), or records matching SKUs / SKU
   * globs ({@code skus}), category paths ({@code categories}, "Parent/Child"), or natural keys
   * ({@code keys}: names, e-mails, codes, URLs depending on the entity).
   */
  public record Selection(boolean all, List<String> skus, List<String> categories, List<String> keys) {
    public static final Selection ALL = new Selection(true, List.of(), List.of(), List.of());

    public Selection {
      skus = List.copyOf(skus);
      categories = List.copyOf(categories);
      keys = List.copyOf(keys);
    }
  }

  public enum CategoryAssignment { REPLACE, APPEND }

  /**
   * @param prune delete destination records in the selection that the source does not have
   *     (selective mode only; the loader refuses it with bulk)
   */
  public record Options(
      boolean copyStock, boolean anonymiseCustomers, boolean pruneImages, CategoryAssignment categoryAssignment, boolean prune) {
    public static final Options DEFAULTS = new Options(false, false, false, CategoryAssignment.REPLACE, false);

    /** Options without pruning. */
    public Options(boolean copyStock, boolean anonymiseCustomers, boolean pruneImages, CategoryAssignment categoryAssignment) {
      this(copyStock, anonymiseCustomers, pruneImages, categoryAssignment, false);
    }
  }
}
