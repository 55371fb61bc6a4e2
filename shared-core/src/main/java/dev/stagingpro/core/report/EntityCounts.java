package dev.stagingpro.core.report;

import dev.stagingpro.core.migrate.ChangeClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many records of one entity (e.g. {@code products}, or {@code theme}) fell in each class. */
public record EntityCounts(String entity, Map<ChangeClass, Long> counts) {
  public EntityCounts {
    Objects.requireNonNull(entity, "entity");
    EnumMap<ChangeClass, Long> copy = new EnumMap<>(ChangeClass.class);
    counts.forEach((cls, n) -> {
      if (n != null && n != 0) {
        copy.put(cls, n);
      }
    });
    counts = Collections.unmodifiableMap(copy);
  }

  public long count(ChangeClass cls) {
    return counts.getOrDefault(cls, 0L);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
