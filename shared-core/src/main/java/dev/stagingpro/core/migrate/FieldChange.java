package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.JsonNode;

/** One field that differs: its path (e.g. {@code price}, {@code variants[SKU-1].price}), old and new value. */
public record FieldChange(String path, JsonNode before, JsonNode after) {}
