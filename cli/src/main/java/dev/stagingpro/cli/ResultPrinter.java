package dev.stagingpro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stagingpro.core.json.JsonMappers;
import dev.stagingpro.core.ops.OperationResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints a result for people (its lines and outputs) or as one JSON document for machines. */
final class ResultPrinter {
  private static final ObjectMapper JSON = JsonMappers.standard()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintWriter out;

  ResultPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(OperationResult result, boolean json) {
    if (json) {
      printJson(result);
    } else {
      result.lines().forEach(out::println);
      // Multi-line outputs (a plan's Markdown) are for machines and PR comments: --json has them.
      result.outputs().forEach((name, value) -> {
        if (!value.contains("\n")) {
          out.println(name + ": " + value);
        }
      });
    }
    out.flush();
  }

  private void printJson(OperationResult result) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("operation", result.operation().cliName());
    document.put("success", result.success());
    document.put("outputs", result.outputs());
    document.put("result", result.data());
    try {
      out.println(JSON.writeValueAsString(document));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
