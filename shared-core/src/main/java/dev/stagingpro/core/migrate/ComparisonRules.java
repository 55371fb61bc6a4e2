package dev.stagingpro.core.migrate;

import java.util.Set;

/**
 * What a comparison leaves alone, by field path without array keys (e.g. {@code inventory_level},
 * {@code variants.inventory_level}, {@code images}).
 *
 * @param ignoredFields not compared at all (stock levels unless stock copy was asked for)
 * @param additiveArrays arrays where elements only the destination has are kept, not reported
 *     (images unless pruning was asked for; categories in append mode)
 */
public record ComparisonRules(Set<String> ignoredFields, Set<String> additiveArrays) {
  public static final ComparisonRules STRICT = new ComparisonRules(Set.of(), Set.of());

  public ComparisonRules {
    ignoredFields = Set.copyOf(ignoredFields);
    additiveArrays = Set.copyOf(additiveArrays);
  }
}
