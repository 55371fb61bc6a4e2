package dev.stagingpro.core.migrate.entity;

import dev.stagingpro.core.manifest.Entity;

/** What every adapter says about itself: its entity, and whether its records are few enough to read whole. */
abstract class AdapterBase implements EntityAdapter {
  private final Entity entity;
  private final boolean small;

  AdapterBase(Entity entity, boolean small) {
    this.entity = entity;
    this.small = small;
  }

  @Override
  public final Entity entity() {
    return entity;
  }

  @Override
  public final boolean small() {
    return small;
  }
}
