package dev.stagingpro.connectorit.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stagingpro.core.store.RequestObserver.SentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks requests against BigCommerce's official OpenAPI files (directory from the system
 * property {@code stagingpro.specs.dir}). Each file is parsed once per JVM, when a request first
 * needs it; a request is checked by the file that declares its path template.
 */
public final class OfficialSpecs {
  private static final OfficialSpecs INSTANCE = load();

  /** One spec file: version, path templates, and its validator built on first use. */
  private static final class SpecFile {
    final Path file;
    final String version;
    final List<String[]> templates = new ArrayList<>();
    private OpenApiInteractionValidator validator;

    SpecFile(Path file, String version) {
      this.file = file;
      this.version = version;
    }

    synchronized OpenApiInteractionValidator validator() {
      if (validator == null) {
        validator = OpenApiInteractionValidator.createForSpecificationUrl(file.toUri().toString())
            .withBasePathOverride("/" + version)
            .withResolveCombinators(true)
            .build();
      }
      return validator;
    }

    /** How well {@code segments} fit one of this file's templates: literal matches, or -1. */
    int fit(String[] segments) {
      int best = -1;
      for (String[] template : templates) {
        if (template.length != segments.length) {
          continue;
        }
        int literals = 0;
        for (int i = 0; i < template.length && literals >= 0; i++) {
          if (!template[i].startsWith("{")) {
            literals = template[i].equals(segments[i]) ? literals + 1 : -1;
          }
        }
        best = Math.max(best, literals);
      }
      return best;
    }
  }

  private final List<SpecFile> files;

  private OfficialSpecs(List<SpecFile> files) {
    this.files = files;
  }

  public static OfficialSpecs get() {
    return INSTANCE;
  }

  private static OfficialSpecs load() {
    String dir = System.getProperty("stagingpro.specs.dir");
    if (dir == null) {
      throw new IllegalStateException("stagingpro.specs.dir is not set (the root POM sets it for surefire)");
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<SpecFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(Path.of(dir))) {
      for (Path file : list.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        JsonNode root = yaml.readTree(file.toFile());
        if (!root.has("openapi")) {
          continue; // Swagger 2 (orders v2): the connector does not call it
        }
        String server = root.path("servers").path(0).path("url").asText();
        SpecFile spec = new SpecFile(file, server.endsWith("/v2") ? "v2" : "v3");
        root.path("paths").fieldNames().forEachRemaining(p -> spec.templates.add(p.substring(1).split("/", -1)));
        files.add(spec);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OfficialSpecs(List.copyOf(files));
  }

  /**
   * Problems with one request sent to {@code /stores/<hash>/vN/...}; empty when the request follows
   * the spec. Requests elsewhere (theme download links) are not API calls and give no problems.
   */
  public List<String> check(SentRequest sent) {
    URI uri = URI.create(sent.url());
    String[] parts = uri.getRawPath().split("/", 4);
    if (parts.length < 4 || !"stores".equals(parts[1])) {
      return List.of();
    }
    String path = "/" + parts[3]; // /v3/catalog/products
    String version = path.substring(1, 3);
    String[] segments = path.substring(4).split("/", -1);
    SpecFile spec = null;
    int best = -1;
    for (SpecFile file : files) {
      int fit = file.version.equals(version) ? file.fit(segments) : -1;
      if (fit > best) {
        best = fit;
        spec = file;
      }
    }
    if (spec == null) {
      return List.of("no official spec declares " + sent.method() + " " + path);
    }
    SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), path);
    for (Map.Entry<String, List<String>> q : query(uri.getRawQuery()).entrySet()) {
      request.withQueryParam(q.getKey(), q.getValue());
    }
    sent.headers().forEach((name, value) -> { if (PricingSpecDefects.checksHeader(sent, path, name)) request.withHeader(name, value); });
    if (sent.body().length > 0) {
      request.withBody(sent.body());
    }
    ValidationReport report = spec.validator().validateRequest(request.build());
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR && !isSpecDefect(m) && !PricingSpecDefects.tolerated(spec.file.getFileName().toString(), sent.method(), path, m)) {
        problems.add(spec.file.getFileName() + " " + sent.method() + " " + path + ": " + m.getKey() + ": "
            + m.getMessage() + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()));
      }
    }
    return problems;
  }

  /**
   * Messages about the spec itself rather than the request: customers.v2.yml gives parameters
   * (customer_group_id, the list filters) {@code exclusiveMinimum}/{@code exclusiveMaximum} without
   * the bounds they qualify, which is not valid JSON Schema, so those parameters cannot be checked.
   */
  private static boolean isSpecDefect(ValidationReport.Message m) {
    return m.getKey().equals("validation.request.parameter.schema.processingError")
        && m.getMessage().contains("exclusiveM") && m.getMessage().contains("must be paired with");
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> map = new java.util.LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return map;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return map;
  }
}
