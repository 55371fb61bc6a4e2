package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's JSON form, schema {@value #SCHEMA} (docs/plan.schema.json). Written by {@code plan
 * --out} and read back by {@code apply --plan}; field names and class names are stable.
 */
public final class PlanJson {
  public static final String SCHEMA = "stagingpro.plan/v1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  public static ObjectNode toJson(Plan plan) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("created_at", plan.createdAt().toString());
    plan.commit().ifPresent(commit -> root.put("commit", commit));
    ArrayNode migrations = root.putArray("migrations");
    plan.migrations().forEach(m -> migrations.add(toJson(m)));
    return root;
  }

  public static String toJsonString(Plan plan) {
    try {
      return JSON.writeValueAsString(toJson(plan));
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static ObjectNode toJson(MigrationPlan plan) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", plan.migrationId());
    node.put("from", plan.from());
    node.put("to", plan.to());
    node.put("mode", plan.mode().name().toLowerCase(Locale.ROOT));
    plan.definition().ifPresent(checksum -> node.put("definition", checksum));
    ArrayNode entities = node.putArray("entities");
    for (Entity entity : plan.order()) {
      ObjectNode item = entities.addObject().put("entity", entity.key());
      ArrayNode pulledBy = item.putArray("pulled_in_by");
      plan.pulledInBy().getOrDefault(entity, Set.of()).stream().sorted().forEach(e -> pulledBy.add(e.key()));
    }
    ObjectNode counts = node.putObject("counts");
    plan.counts().forEach((entity, byClass) -> {
      ObjectNode entityCounts = counts.putObject(entity.key());
      for (ChangeClass changeClass : ChangeClass.values()) {
        entityCounts.put(changeClass.jsonName(), byClass.getOrDefault(changeClass, 0));
      }
    });
    ArrayNode changes = node.putArray("changes");
    plan.changes().forEach(change -> changes.add(toJson(change)));
    return node;
  }

  private static ObjectNode toJson(PlannedChange change) {
    ObjectNode node = JSON.createObjectNode();
    node.put("entity", change.entity().key());
    node.put("key", change.key());
    node.put("class", change.changeClass().jsonName());
    change.reason().ifPresent(reason -> node.put("reason", reason));
    change.destinationFingerprint().ifPresent(fingerprint -> node.put("destination_fingerprint", fingerprint));
    change.sourceFingerprint().ifPresent(fingerprint -> node.put("source_fingerprint", fingerprint));
    if (!change.changes().isEmpty()) {
      ArrayNode fields = node.putArray("fields");
      change.changes().forEach(field -> fields.addObject().put("path", field.path()).<ObjectNode>set("before", field.before()).set("after", field.after()));
    }
    return node;
  }

  /** Reads a saved plan; a file that is not a plan of this schema is bad input naming the file. */
  public static Plan read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw StagingProException.badInput(file + ": not a readable plan file: " + e.getMessage());
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw StagingProException.badInput(file + ": not a StagingPro plan (expected \"schema\": \"" + SCHEMA + "\"); write one with 'stagingpro plan --out FILE'");
    }
    List<MigrationPlan> migrations = new ArrayList<>();
    for (JsonNode node : root.path("migrations")) {
      migrations.add(readMigration(file, node));
    }
    Optional<String> commit = Optional.ofNullable(root.get("commit")).map(JsonNode::asText);
    return new Plan(Instant.parse(root.path("created_at").asText()), commit, migrations);
  }

  private static MigrationPlan readMigration(Path file, JsonNode node) {
    List<Entity> order = new ArrayList<>();
    Map<Entity, Set<Entity>> pulledInBy = new LinkedHashMap<>();
    for (JsonNode item : node.path("entities")) {
      Entity entity = entity(file, item.path("entity").asText());
      order.add(entity);
      Set<Entity> by = EnumSet.noneOf(Entity.class);
      item.path("pulled_in_by").forEach(e -> by.add(entity(file, e.asText())));
      if (!by.isEmpty()) {
        pulledInBy.put(entity, by);
      }
    }
    Mode mode = Mode.valueOf(node.path("mode").asText().toUpperCase(Locale.ROOT));
    MigrationPlan plan = new MigrationPlan(node.path("id").asText(), node.path("from").asText(), node.path("to").asText(), mode,
        new EntityDependencies.Resolved(order, pulledInBy));
    Optional.ofNullable(node.get("definition")).map(JsonNode::asText).ifPresent(plan::definition);
    Map<Entity, EnumMap<ChangeClass, Integer>> listed = new EnumMap<>(Entity.class);
    for (JsonNode item : node.path("changes")) {
      PlannedChange change = readChange(file, item);
      plan.add(change);
      listed.computeIfAbsent(change.entity(), e -> new EnumMap<>(ChangeClass.class)).merge(change.changeClass(), 1, Integer::sum);
    }
    // Unchanged records are counted but not listed: restore their counts.
    node.path("counts").fields().forEachRemaining(entry -> {
      Entity entity = entity(file, entry.getKey());
      int unchanged = entry.getValue().path(ChangeClass.UNCHANGED.jsonName()).asInt();
      if (unchanged > 0) {
        plan.addCount(entity, ChangeClass.UNCHANGED, unchanged);
      }
    });
    return plan;
  }

  private static PlannedChange readChange(Path file, JsonNode item) {
    ChangeClass changeClass = Arrays.stream(ChangeClass.values()).filter(c -> c.jsonName().equals(item.path("class").asText())).findFirst()
        .orElseThrow(() -> StagingProException.badInput(file + ": unknown change class '" + item.path("class").asText() + "'"));
    List<FieldChange> fields = new ArrayList<>();
    item.path("fields").forEach(f -> fields.add(new FieldChange(f.path("path").asText(), f.get("before"), f.get("after"))));
    return new PlannedChange(entity(file, item.path("entity").asText()), item.path("key").asText(), changeClass, fields,
        Optional.ofNullable(item.get("reason")).map(JsonNode::asText),
        Optional.ofNullable(item.get("destination_fingerprint")).map(JsonNode::asText),
        Optional.ofNullable(item.get("source_fingerprint")).map(JsonNode::asText));
  }

  private static Entity entity(Path file, String key) {
    return Entity.fromKey(key).orElseThrow(() -> StagingProException.badInput(file + ": unknown entity '" + key + "' in the plan"));
  }
}
