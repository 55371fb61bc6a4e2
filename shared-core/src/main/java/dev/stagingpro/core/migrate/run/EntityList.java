package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.entity.Adapters;
import java.util.ArrayList;
import java.util.List;

/** The {@code --entities a,b} of reset and export, checked against what this version can move. */
final class EntityList {
  private EntityList() {}

  static List<Entity> parse(List<String> names, Adapters adapters, String operation) {
    List<Entity> entities = new ArrayList<>();
    for (String raw : names) {
      for (String name : raw.split(",")) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        Entity entity = Entity.fromKey(trimmed).filter(e -> adapters.find(e).isPresent()).orElseThrow(() -> StagingProException.badInput(
            operation + ": '" + trimmed + "' is not an entity this version can " + operation + "; use " + adapters.supported()));
        if (!entities.contains(entity)) {
          entities.add(entity);
        }
      }
    }
    return entities;
  }
}
