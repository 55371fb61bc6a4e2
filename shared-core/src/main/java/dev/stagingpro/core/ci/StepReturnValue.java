package dev.stagingpro.core.ci;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.ops.OperationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pipeline script gets back from a step, built from the operation's named outputs
 * ({@link OperationResult#outputs()}, same keys on every face): {@code previewUrl}, {@code
 * themeId}, {@code planCounts} (plan class → record count, from the result's {@link Plan}, or
 * from {@code plan-count-<class>} outputs), {@code reportPath}, {@code changed},
 * {@code success}, and {@code outputs} (every output as given). Absent facts are null (counts:
 * empty), so {@code r.previewUrl ?: 'none'} reads naturally in Groovy. Also the short summary
 * the log ends with.
 */
public final class StepReturnValue {
  public static final String PREVIEW_URL = "previewUrl";
  public static final String THEME_ID = "themeId";
  public static final String PLAN_COUNTS = "planCounts";
  public static final String REPORT_PATH = "reportPath";
  public static final String CHANGED = "changed";
  public static final String SUCCESS = "success";
  public static final String OUTPUTS = "outputs";

  /** Output keys of {@link OperationResult#outputs()} read here. */
  public static final String OUTPUT_PREVIEW_URL = "preview-url";
  public static final String OUTPUT_THEME_ID = "theme-id";
  public static final String OUTPUT_REPORT = "report";
  public static final String OUTPUT_CHANGED = "changed";
  /** Plan counts come as one output per record class, e.g. {@code plan-count-update=3}. */
  public static final String OUTPUT_PLAN_COUNT_PREFIX = "plan-count-";

  private StepReturnValue() {}

  /** Plain, serializable values only (String, Boolean, Integer, LinkedHashMap). */
  public static LinkedHashMap<String, Object> of(OperationResult result) {
    Map<String, String> outputs = result.outputs();
    LinkedHashMap<String, Object> value = new LinkedHashMap<>();
    value.put(PREVIEW_URL, outputs.get(OUTPUT_PREVIEW_URL));
    value.put(THEME_ID, outputs.get(OUTPUT_THEME_ID));
    value.put(PLAN_COUNTS, planCounts(result));
    value.put(REPORT_PATH, outputs.get(OUTPUT_REPORT));
    value.put(CHANGED, Boolean.parseBoolean(outputs.get(OUTPUT_CHANGED)));
    value.put(SUCCESS, result.success());
    value.put(OUTPUTS, new LinkedHashMap<>(outputs));
    return value;
  }

  /** The log's closing lines: the outcome, then each fact a reader looks for. */
  public static List<String> summary(OperationResult result) {
    LinkedHashMap<String, Object> value = of(result);
    List<String> lines = new ArrayList<>();
    lines.add(result.operation().step() + (result.success() ? " succeeded" : " did not succeed")
        + (Boolean.TRUE.equals(value.get(CHANGED)) ? " (changed the store)" : ""));
    addIfSet(lines, "  preview: ", value.get(PREVIEW_URL));
    addIfSet(lines, "  theme id: ", value.get(THEME_ID));
    Map<?, ?> counts = (Map<?, ?>) value.get(PLAN_COUNTS);
    if (!counts.isEmpty()) {
      List<String> parts = new ArrayList<>();
      counts.forEach((kind, count) -> parts.add(count + " " + kind));
      lines.add("  plan: " + String.join(", ", parts));
    }
    addIfSet(lines, "  report: ", value.get(REPORT_PATH));
    return lines;
  }

  private static LinkedHashMap<String, Integer> planCounts(OperationResult result) {
    LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
    if (result.data() instanceof Plan plan) {
      for (ChangeClass changeClass : ChangeClass.values()) {
        counts.put(changeClass.jsonName(), plan.count(changeClass));
      }
      return counts;
    }
    result.outputs().forEach((key, count) -> {
      if (key.startsWith(OUTPUT_PLAN_COUNT_PREFIX) && count != null && count.trim().matches("\\d{1,9}")) {
        counts.put(key.substring(OUTPUT_PLAN_COUNT_PREFIX.length()), Integer.valueOf(count.trim()));
      }
    });
    return counts;
  }

  private static void addIfSet(List<String> lines, String label, Object value) {
    if (value != null) {
      lines.add(label + value);
    }
  }
}
