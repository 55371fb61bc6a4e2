package dev.stagingpro.core.migrate.entity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A store's records of one small entity whose natural key is a name (brands, customer groups):
 * read once when first needed, indexed by id and by name, and kept up to date as a run saves and
 * deletes them. Thread-safe.
 */
public final class NamedRecords<T> {
  private final Supplier<Stream<T>> read;
  private final Function<T, Integer> id;
  private final Function<T, String> name;
  private Map<Integer, T> byId;
  private final Map<String, Integer> ids = new HashMap<>();

  NamedRecords(Supplier<Stream<T>> read, Function<T, Integer> id, Function<T, String> name) {
    this.read = read;
    this.id = id;
    this.name = name;
  }

  private synchronized Map<Integer, T> all() {
    if (byId == null) {
      byId = new LinkedHashMap<>();
      try (Stream<T> records = read.get()) {
        records.forEach(this::saved);
      }
    }
    return byId;
  }

  public synchronized List<T> list() {
    return List.copyOf(all().values());
  }

  public synchronized Optional<String> name(Integer recordId) {
    return Optional.ofNullable(all().get(recordId)).map(name);
  }

  public synchronized Optional<Integer> id(String recordName) {
    all();
    return Optional.ofNullable(ids.get(recordName));
  }

  public synchronized Optional<T> get(String recordName) {
    return id(recordName).map(byId::get);
  }

  public synchronized void saved(T record) {
    T old = all().put(id.apply(record), record);
    if (old != null) {
      ids.remove(name.apply(old));
    }
    ids.put(name.apply(record), id.apply(record));
  }

  public synchronized void deleted(String recordName) {
    all();
    Integer recordId = ids.remove(recordName);
    if (recordId != null) {
      byId.remove(recordId);
    }
  }
}
