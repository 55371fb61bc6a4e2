package dev.stagingpro.core.manifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping in the manifest. Building one checks its keys: each must be text, appear once,
 * and (for a fixed set of keys) be one of the allowed ones, with a suggestion for a near miss.
 */
final class YamlMap {
  private final String path;
  private final Mark anchor;
  private final ReadContext context;
  private final Map<String, YamlValue> values = new LinkedHashMap<>();

  /** @param allowedKeys the keys this mapping may have, or null when the keys are user-chosen names */
  YamlMap(MappingNode node, String path, Mark anchor, ReadContext context, List<String> allowedKeys) {
    this.path = path;
    this.anchor = anchor;
    this.context = context;
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Mark keyMark = tuple.getKeyNode().getStartMark();
      if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
        context.problem(keyMark, path, "YAML merge keys (<<) are not supported; write the keys out");
        continue;
      }
      if (!(tuple.getKeyNode() instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
        context.problem(keyMark, path, "every key must be a plain name");
        continue;
      }
      String key = scalar.getValue();
      String field = child(key);
      if (firstLine.containsKey(key)) {
        context.problem(keyMark, field, "duplicate key '" + key + "' (first at line " + firstLine.get(key) + ")");
        continue;
      }
      firstLine.put(key, keyMark.getLine() + 1);
      if (allowedKeys != null && !allowedKeys.contains(key)) {
        context.problem(keyMark, field, Suggestions.unknown("key", key, allowedKeys));
        continue;
      }
      values.put(key, new YamlValue(tuple.getValueNode(), field, keyMark, context));
    }
  }

  String path() {
    return path;
  }


  /** Records a problem with the mapping as a whole, at the key that names it. */
  void problem(String message) {
    context.problem(anchor, path, message);
  }

  /** Records a warning (a deprecated form) about the mapping as a whole, at the key that names it. */
  void warning(String message) {
    context.warning(anchor, path, message);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Optional<YamlValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The value of a key that must be there; its absence is a problem, explained by {@code hint}. */
  Optional<YamlValue> require(String key, String hint) {
    YamlValue value = values.get(key);
    if (value == null) {
      problem("missing required key '" + key + "'" + (hint.isEmpty() ? "" : " (" + hint + ")"));
    }
    return Optional.ofNullable(value);
  }

  Optional<YamlValue> require(String key) {
    return require(key, "");
  }

  /** An optional section, where writing the key with nothing under it means the same as leaving it out. */
  Optional<YamlValue> section(String key) {
    return get(key).filter(value -> !value.isNull());
  }

  /** The entries in file order (keys that were duplicated or unknown are left out). */
  Map<String, YamlValue> entries() {
    return java.util.Collections.unmodifiableMap(values);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
