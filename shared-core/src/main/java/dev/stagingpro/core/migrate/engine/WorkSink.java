package dev.stagingpro.core.migrate.engine;

import dev.stagingpro.core.manifest.Entity;

/** Receives the writes a plan calls for, entity by entity; a later finding may withdraw one. */
public interface WorkSink {
  /** Planning only: the writes are not kept. */
  WorkSink NONE = new WorkSink() {
    @Override
    public void add(Entity entity, WorkItem item) {}

    @Override
    public void withdraw(Entity entity, String key) {}
  };

  void add(Entity entity, WorkItem item);

  void withdraw(Entity entity, String key);
}
