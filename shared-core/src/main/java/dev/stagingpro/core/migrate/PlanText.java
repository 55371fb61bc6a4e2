package dev.stagingpro.core.migrate;

import dev.stagingpro.core.manifest.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a plan for people: per migration, a table of counts per entity and class, then the first
 * rows of each class. Plain text for terminals and CI logs, Markdown for PR comments and job
 * summaries; both from the same rows so they never disagree.
 */
public final class PlanText {
  /** How many records of each class are shown before "... and N more". */
  public static final int FIRST_ROWS = 5;

  private PlanText() {}

  public static List<String> lines(Plan plan) {
    List<String> lines = new ArrayList<>();
    for (MigrationPlan migration : plan.migrations()) {
      lines.add(header(migration));
      lines.add("  entities: " + entityList(migration));
      List<List<String>> table = countRows(migration);
      int[] widths = widths(table);
      table.forEach(row -> lines.add("  " + pad(row, widths)));
      for (ChangeClass changeClass : ChangeClass.values()) {
        List<PlannedChange> rows = rowsOf(migration, changeClass);
        if (!rows.isEmpty()) {
          lines.add("  " + changeClass.jsonName() + ":");
          rows.stream().limit(FIRST_ROWS).forEach(change -> lines.add("    " + describe(change)));
          if (rows.size() > FIRST_ROWS) {
            lines.add("    ... and " + (rows.size() - FIRST_ROWS) + " more");
          }
        }
      }
    }
    lines.add(summary(plan));
    return lines;
  }

  public static String markdown(Plan plan) {
    StringBuilder md = new StringBuilder("### Migration plan\n\n");
    for (MigrationPlan migration : plan.migrations()) {
      md.append("**").append(header(migration)).append("**  \n");
      md.append("Entities: ").append(entityList(migration)).append("\n\n");
      List<List<String>> table = countRows(migration);
      md.append("| ").append(String.join(" | ", table.get(0))).append(" |\n");
      md.append("|").append("---|".repeat(table.get(0).size())).append("\n");
      table.stream().skip(1).forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
      md.append('\n');
      for (ChangeClass changeClass : ChangeClass.values()) {
        List<PlannedChange> rows = rowsOf(migration, changeClass);
        if (!rows.isEmpty()) {
          md.append("<details><summary>").append(changeClass.jsonName()).append(" (").append(rows.size()).append(")</summary>\n\n");
          rows.stream().limit(FIRST_ROWS * 4).forEach(change -> md.append("- `").append(escape(change.entity().key() + " " + change.key())).append("`")
              .append(detail(change).isEmpty() ? "" : ": " + escape(detail(change))).append('\n'));
          if (rows.size() > FIRST_ROWS * 4) {
            md.append("- ... and ").append(rows.size() - FIRST_ROWS * 4).append(" more\n");
          }
          md.append("\n</details>\n\n");
        }
      }
    }
    return md.append(summary(plan)).append('\n').toString();
  }

  private static String header(MigrationPlan migration) {
    return "migration " + migration.migrationId() + ": " + migration.from() + " -> " + migration.to() + " ("
        + migration.mode().name().toLowerCase(Locale.ROOT) + ")";
  }

  private static String entityList(MigrationPlan migration) {
    return migration.order().stream().map(entity -> {
      Set<Entity> by = migration.pulledInBy().get(entity);
      return by == null ? entity.key() : entity.key() + " (pulled in by " + by.stream().map(Entity::key).sorted().collect(Collectors.joining(", ")) + ")";
    }).collect(Collectors.joining(", "));
  }

  private static List<List<String>> countRows(MigrationPlan migration) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("entity"));
    for (ChangeClass changeClass : ChangeClass.values()) {
      header.add(changeClass.jsonName());
    }
    rows.add(header);
    Map<Entity, Map<ChangeClass, Integer>> counts = migration.counts();
    for (Entity entity : migration.order()) {
      List<String> row = new ArrayList<>(List.of(entity.key()));
      for (ChangeClass changeClass : ChangeClass.values()) {
        row.add(String.valueOf(counts.getOrDefault(entity, Map.of()).getOrDefault(changeClass, 0)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<PlannedChange> rowsOf(MigrationPlan migration, ChangeClass changeClass) {
    return migration.changes().stream().filter(c -> c.changeClass() == changeClass).toList();
  }

  private static String describe(PlannedChange change) {
    String detail = detail(change);
    return change.entity().key() + " " + change.key() + (detail.isEmpty() ? "" : ": " + detail);
  }

  private static String detail(PlannedChange change) {
    if (!change.changes().isEmpty()) {
      return change.changes().stream().map(f -> f.path() + " " + f.before() + " -> " + f.after()).collect(Collectors.joining(", "));
    }
    return change.reason().orElse("");
  }

  private static String summary(Plan plan) {
    return "plan: " + plan.count(ChangeClass.CREATE) + " to create, " + plan.count(ChangeClass.UPDATE) + " to update, "
        + plan.count(ChangeClass.DELETE) + " to delete, " + plan.count(ChangeClass.UNCHANGED) + " unchanged, "
        + plan.count(ChangeClass.SKIPPED) + " skipped, " + plan.count(ChangeClass.NOT_MIGRATABLE) + " not migratable, "
        + plan.count(ChangeClass.CONFLICT) + " conflicts";
  }

  private static int[] widths(List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private static String pad(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      // Names left-aligned, numbers right-aligned.
      line.append(i == 0 ? cell + " ".repeat(widths[i] - cell.length()) : " ".repeat(widths[i] - cell.length()) + cell);
      line.append(i == row.size() - 1 ? "" : "  ");
    }
    return line.toString().stripTrailing();
  }

  /** Keeps store text from breaking the Markdown (backticks, pipes, HTML). */
  private static String escape(String text) {
    return text.replace("`", "'").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
