package dev.stagingpro.sandbox.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Everything one store holds: its meta document (name, API accounts, settings), its tables of
 * records and its blobs, with the lock that serialises writers. Persistent when it has a folder.
 */
public final class StoreData {
  private final ObjectNode meta;
  private final Map<String, Table> tables = new ConcurrentHashMap<>();
  private final Map<String, StoreFiles.RawTable> unclaimed;
  private final ChangeLog changes = new ChangeLog();
  private final StoreFiles files;
  private final BlobStore blobs;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  private StoreData(ObjectNode meta, StoreFiles files, Map<String, StoreFiles.RawTable> loaded) {
    this.meta = meta;
    this.files = files;
    this.unclaimed = new ConcurrentHashMap<>(loaded);
    this.blobs = new BlobStore(files == null ? null : files.blobs());
  }

  /** A new store; kept in memory when {@code dir} is null, else written there. */
  public static StoreData create(ObjectNode meta, Path dir) {
    StoreData data = new StoreData(meta, dir == null ? null : new StoreFiles(dir), Map.of());
    data.saveMeta();
    return data;
  }

  /** Loads a store persisted in {@code dir}. */
  public static StoreData load(Path dir) {
    StoreFiles files = new StoreFiles(dir);
    try {
      ObjectNode meta = files.readMeta();
      return new StoreData(meta, files, files.load());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sandbox store in " + dir, e);
    }
  }

  public static boolean existsIn(Path dir) {
    return new StoreFiles(dir).exists();
  }

  public ObjectNode meta() {
    return meta;
  }

  public BlobStore blobs() {
    return blobs;
  }

  public ReentrantReadWriteLock lock() {
    return lock;
  }

  /** The table described by {@code spec}, created (and filled from disk) on first use. */
  public Table table(TableSpec spec) {
    Table table = tables.get(spec.name());
    if (table != null) {
      return table;
    }
    return tables.computeIfAbsent(spec.name(), name -> claim(spec));
  }

  private Table claim(TableSpec spec) {
    Table table = new Table(spec, changes);
    StoreFiles.RawTable raw = unclaimed.remove(spec.name());
    if (raw != null) {
      raw.rows.forEach(table::restoreRow);
      table.restoreLastId(raw.lastId);
    }
    return table;
  }

  /** Persists the meta document (call after changing it, holding the write lock). */
  public void saveMeta() {
    if (files == null) {
      return;
    }
    try {
      files.writeMeta(meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the current request's changes durable (journal line; snapshot when due). */
  public void commit() {
    if (changes.isEmpty()) {
      return;
    }
    var done = changes.drain();
    if (files == null) {
      return;
    }
    try {
      if (files.append(done)) {
        files.snapshot(tables, unclaimed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Undoes the current request's changes. */
  public void rollback() {
    changes.rollback();
  }

  /** Writes a full snapshot now (after bulk generation and on shutdown). */
  public void snapshot() {
    lock.writeLock().lock();
    try {
      commit();
      if (files != null) {
        files.snapshot(tables, unclaimed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.writeLock().unlock();
    }
  }
}
