package dev.stagingpro.core.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operation gives back to a face. {@code lines} are for people (already free of secrets);
 * {@code outputs} are named values for machines, with the same keys on every face (e.g. {@code
 * preview-url}, {@code theme-id}, {@code plan-json}, {@code changed}, {@code report}); {@code data}
 * is the operation's structured result for {@code --json}.
 */
public record OperationResult(Operation operation, boolean success, List<String> lines, Map<String, String> outputs, Object data) {
  public OperationResult {
    lines = List.copyOf(lines);
    outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  public static OperationResult success(Operation operation, List<String> lines, Map<String, String> outputs, Object data) {
    return new OperationResult(operation, true, lines, outputs, data);
  }
}
