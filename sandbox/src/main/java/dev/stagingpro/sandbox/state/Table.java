package dev.stagingpro.sandbox.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One collection of records ordered by id. A record is kept as compact JSON holding only the
 * fields that differ from the entity template, so a store of 100,000 products fits in little
 * heap; readers get the full entity back. Callers hold the store lock; every change goes through
 * the store's {@link ChangeLog} so a failed request can be undone and a committed one persisted.
 */
public final class Table {
  private final TableSpec spec;
  private final ObjectNode template;
  private final ChangeLog changes;
  private final TreeMap<Long, byte[]> rows = new TreeMap<>();
  private final Map<String, Map<String, Set<Long>>> indexes = new HashMap<>();
  private long lastId;

  Table(TableSpec spec, ChangeLog changes) {
    this.spec = spec;
    this.template = Json.template(spec.template());
    this.changes = changes;
    for (String field : spec.indexed()) {
      indexes.put(field, new HashMap<>());
    }
  }

  public String name() {
    return spec.name();
  }

  public int size() {
    return rows.size();
  }

  public long nextId() {
    return ++lastId;
  }

  long lastId() {
    return lastId;
  }

  void restoreLastId(long value) {
    lastId = Math.max(lastId, value);
  }

  /** Fills defaults from the template, assigns the next id and stores the record. */
  public ObjectNode insert(JsonNode fields) {
    ObjectNode record = Json.template(spec.template());
    Json.merge(record, fields);
    long id = nextId();
    record.put(spec.idField(), id);
    write(id, record);
    return record;
  }

  /** A fresh entity with the template's defaults, not stored. */
  public ObjectNode blank() {
    return template.deepCopy();
  }

  public Optional<ObjectNode> find(long id) {
    byte[] row = rows.get(id);
    return row == null ? Optional.empty() : Optional.of(expand(row));
  }

  public ObjectNode require(long id, String what) {
    return find(id).orElseThrow(() -> ApiException.notFound(what + " " + id + " does not exist"));
  }

  public boolean contains(long id) {
    return rows.containsKey(id);
  }

  /** Stores the full record under its id (insert or replace). */
  public void write(long id, ObjectNode record) {
    byte[] before = rows.get(id);
    byte[] after = Json.bytes(sparse(record));
    store(id, after, record);
    changes.recorded(this, id, before, after);
    if (id > lastId) {
      lastId = id;
    }
  }

  public void save(ObjectNode record) {
    write(record.get(spec.idField()).asLong(), record);
  }

  public boolean delete(long id) {
    byte[] before = rows.get(id);
    if (before == null) {
      return false;
    }
    store(id, null, null);
    changes.recorded(this, id, before, null);
    return true;
  }

  public List<ObjectNode> all() {
    List<ObjectNode> out = new ArrayList<>(rows.size());
    for (byte[] row : rows.values()) {
      out.add(expand(row));
    }
    return out;
  }

  public List<ObjectNode> filter(Predicate<ObjectNode> keep) {
    List<ObjectNode> out = new ArrayList<>();
    for (byte[] row : rows.values()) {
      ObjectNode record = expand(row);
      if (keep.test(record)) {
        out.add(record);
      }
    }
    return out;
  }

  public Collection<Long> ids() {
    return Collections.unmodifiableSet(rows.keySet());
  }

  /** Records whose (indexed or not) field equals {@code value}, in id order. */
  public List<ObjectNode> where(String field, Object value) {
    Map<String, Set<Long>> index = indexes.get(field);
    if (index == null) {
      String wanted = normalize(field, String.valueOf(value));
      return filter(r -> matches(r.get(field), wanted, field));
    }
    Set<Long> ids = index.getOrDefault(normalize(field, String.valueOf(value)), Set.of());
    List<ObjectNode> out = new ArrayList<>(ids.size());
    for (Long id : new TreeSet<>(ids)) {
      out.add(expand(rows.get(id)));
    }
    return out;
  }

  public Optional<ObjectNode> first(String field, Object value) {
    List<ObjectNode> found = where(field, value);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Ids of records whose indexed field equals one of {@code values}. */
  public Set<Long> idsWhereAny(String field, Collection<String> values) {
    Set<Long> out = new TreeSet<>();
    Map<String, Set<Long>> index = indexes.get(field);
    if (index == null) {
      Set<String> wanted = new HashSet<>();
      values.forEach(v -> wanted.add(normalize(field, v)));
      for (Map.Entry<Long, byte[]> row : rows.entrySet()) {
        if (keys(field, expand(row.getValue())).stream().anyMatch(wanted::contains)) {
          out.add(row.getKey());
        }
      }
      return out;
    }
    for (String value : values) {
      out.addAll(index.getOrDefault(normalize(field, value), Set.of()));
    }
    return out;
  }

  /** Applies {@code change} to every record whose field equals {@code value}, and saves it. */
  public void updateWhere(String field, Object value, java.util.function.Consumer<ObjectNode> change) {
    for (ObjectNode record : where(field, value)) {
      change.accept(record);
      save(record);
    }
  }


  void restoreRow(long id, byte[] sparseJson) {
    store(id, sparseJson, null);
    if (id > lastId) {
      lastId = id;
    }
  }

  Map<Long, byte[]> rawRows() {
    return Collections.unmodifiableMap(rows);
  }

  private boolean matches(JsonNode node, String wanted, String field) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (normalize(field, element.asText()).equals(wanted)) {
          return true;
        }
      }
      return false;
    }
    return normalize(field, node.asText()).equals(wanted);
  }

  /** Puts (or with a null row removes) a row and keeps the indexes; {@code full} saves re-reading the row. */
  private void store(long id, byte[] row, ObjectNode full) {
    byte[] old = row == null ? rows.remove(id) : rows.put(id, row);
    if (indexes.isEmpty()) {
      return;
    }
    if (old != null) {
      unindex(id, expand(old));
    }
    if (row != null) {
      reindex(id, full != null ? full : expand(row));
    }
  }

  private void reindex(long id, ObjectNode record) {
    for (Map.Entry<String, Map<String, Set<Long>>> index : indexes.entrySet()) {
      for (String key : keys(index.getKey(), record)) {
        index.getValue().computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(id);
      }
    }
  }

  private void unindex(long id, ObjectNode record) {
    for (Map.Entry<String, Map<String, Set<Long>>> index : indexes.entrySet()) {
      for (String key : keys(index.getKey(), record)) {
        Set<Long> ids = index.getValue().get(key);
        if (ids != null) {
          ids.remove(id);
          if (ids.isEmpty()) {
            index.getValue().remove(key);
          }
        }
      }
    }
  }

  private List<String> keys(String field, ObjectNode record) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isArray()) {
      List<String> keys = new ArrayList<>(value.size());
      value.forEach(v -> keys.add(normalize(field, v.asText())));
      return keys;
    }
    return List.of(normalize(field, value.asText()));
  }

  private String normalize(String field, String value) {
    if (value == null) {
      return "";
    }
    return spec.caseInsensitive().contains(field) ? value.toLowerCase(Locale.ROOT) : value;
  }

  private ObjectNode sparse(ObjectNode record) {
    ObjectNode out = Json.object();
    Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode fallback = template.get(field.getKey());
      if (fallback == null || !Json.same(fallback, field.getValue())) {
        out.set(field.getKey(), field.getValue());
      }
    }
    return out;
  }

  private ObjectNode expand(byte[] row) {
    ObjectNode record = template.deepCopy();
    record.setAll(Json.parseObject(row));
    return record;
  }
}
