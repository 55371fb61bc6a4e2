package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.manifest.MigrationSpec.Selection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a record is in a migration's selection: everything ({@code all}), by SKU or SKU
 * glob ({@code *} any run, {@code ?} one character; a product matches by its own SKU or any
 * variant's), by category path (the record is in that category or one below it), or by natural
 * key (globs allowed).
 */
public final class RecordSelector {
  private final Selection selection;
  private final List<Pattern> skus;
  private final List<Pattern> keys;

  public RecordSelector(Selection selection) {
    this.selection = selection;
    this.skus = selection.skus().stream().map(RecordSelector::glob).toList();
    this.keys = selection.keys().stream().map(RecordSelector::glob).toList();
  }

  public boolean matches(PortableRecord record) {
    if (selection.all()) {
      return true;
    }
    return matchesKey(record.key()) || matchesSku(record.fields()) || inCategory(record.fields());
  }

  private boolean matchesKey(String key) {
    return keys.stream().anyMatch(p -> p.matcher(key).matches());
  }

  private boolean matchesSku(JsonNode fields) {
    if (skus.isEmpty()) {
      return false;
    }
    // A record without a SKU of its own (a review) is selected by the SKU of the product it belongs to.
    if (matches(skus, fields.has("sku") ? fields.path("sku").asText(null) : fields.path("product").asText(null))) {
      return true;
    }
    for (JsonNode variant : fields.path("variants")) {
      if (matches(skus, variant.path("sku").asText(null))) {
        return true;
      }
    }
    return false;
  }

  private boolean inCategory(JsonNode fields) {
    for (JsonNode path : fields.path("categories")) {
      String category = path.asText();
      for (String wanted : selection.categories()) {
        if (category.equals(wanted) || category.startsWith(wanted + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(List<Pattern> patterns, String value) {
    return value != null && !value.isEmpty() && patterns.stream().anyMatch(p -> p.matcher(value).matches());
  }

  /** A glob as an exact regular expression: only {@code *} and {@code ?} are special. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
