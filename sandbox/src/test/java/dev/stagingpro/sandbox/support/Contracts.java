package dev.stagingpro.sandbox.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The official BigCommerce OpenAPI files (from system property {@code stagingpro.specs.dir}),
 * each parsed once per test JVM, and the check of one request/response pair against the file
 * that declares its path. Undocumented error statuses (401, 429, ...) are tolerated; an
 * undocumented success status is a contract failure.
 */
public final class Contracts {
  private static final String UNKNOWN_STATUS = "validation.response.status.unknown";
  private static volatile Contracts instance;

  /** One spec file: the API version it serves, its path templates and its validator (lazy). */
  private static final class Spec {
    final Path file;
    final String version;
    /** Path templates as patterns, with how many literal segments each has (more literals win). */
    final Map<java.util.regex.Pattern, Integer> templates = new java.util.LinkedHashMap<>();
    volatile OpenApiInteractionValidator validator;

    Spec(Path file, String version) {
      this.file = file;
      this.version = version;
    }

    synchronized OpenApiInteractionValidator validator() {
      if (validator == null) {
        validator = OpenApiInteractionValidator.createForSpecificationUrl(file.toUri().toString())
            .withBasePathOverride("/" + version)
            .withResolveCombinators(true)
            .withLevelResolver(LevelResolver.create()
                .withLevel(UNKNOWN_STATUS, ValidationReport.Level.WARN)
                .build())
            .build();
      }
      return validator;
    }
  }

  private final List<Spec> specs = new ArrayList<>();
  private final Map<String, Spec> byRoute = new ConcurrentHashMap<>();

  private Contracts(Path dir) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        JsonNode root = yaml.readTree(file.toFile());
        if (!root.has("openapi")) {
          continue; // swagger 2 files (orders v2) are outside the sandbox's scope
        }
        String url = root.path("servers").path(0).path("url").asText();
        Spec spec = new Spec(file, url.endsWith("/v2") ? "v2" : "v3");
        root.path("paths").fieldNames().forEachRemaining(p -> spec.templates.put(
            java.util.regex.Pattern.compile(p.replaceAll("\\{[^/]+}", "[^/]+")),
            (int) java.util.Arrays.stream(p.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count()));
        specs.add(spec);
      }
    }
  }

  public static Contracts get() {
    if (instance == null) {
      synchronized (Contracts.class) {
        if (instance == null) {
          String dir = System.getProperty("stagingpro.specs.dir");
          if (dir == null) {
            throw new IllegalStateException("System property stagingpro.specs.dir is not set (surefire sets it from the root POM)");
          }
          try {
            instance = new Contracts(Path.of(dir));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return instance;
  }

  /** An exchange to check: {@code path} starts with the version, e.g. {@code /v3/catalog/products}. */
  public record Exchange(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, String> requestHeaders,
      byte[] requestBody,
      int status,
      Map<String, List<String>> responseHeaders,
      byte[] responseBody) {}

  /** Problems found, empty when the exchange follows the contract. */
  public List<String> check(Exchange exchange, boolean checkRequest) {
    String version = exchange.path().substring(1, 3);
    String below = exchange.path().substring(3);
    Spec spec = specFor(version, below);
    if (spec == null) {
      return List.of("No official spec declares " + exchange.method() + " " + exchange.path());
    }
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
    exchange.query().forEach(request::withQueryParam);
    exchange.requestHeaders().forEach((k, v) -> request.withHeader(k, v));
    if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
      request.withBody(exchange.requestBody());
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    exchange.responseHeaders().forEach(response::withHeader);
    if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
      response.withBody(exchange.responseBody());
    }
    Request built = request.build();
    ValidationReport report = checkRequest
        ? spec.validator().validate(built, response.build())
        : spec.validator().validateResponse(exchange.path(), built.getMethod(), response.build());
    List<String> problems = new ArrayList<>();
    boolean success = exchange.status() >= 200 && exchange.status() < 300;
    for (ValidationReport.Message message : report.getMessages()) {
      boolean error = message.getLevel() == ValidationReport.Level.ERROR;
      boolean undocumentedSuccess = success && UNKNOWN_STATUS.equals(message.getKey());
      if ((error || undocumentedSuccess) && !KnownSpecGaps.tolerated(
          spec.file.getFileName().toString(), exchange.method(), exchange.path(), exchange.status(), message)) {
        problems.add(spec.file.getFileName() + ": " + describe(message, "    "));
      }
    }
    return problems;
  }

  private static String describe(ValidationReport.Message message, String indent) {
    StringBuilder out = new StringBuilder(message.getKey() + ": " + message.getMessage());
    for (String info : message.getAdditionalInfo()) {
      out.append("\n").append(indent).append(info);
    }
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      out.append("\n").append(indent).append("- ").append(describe(nested, indent + "  "));
    }
    return out.toString();
  }

  private Spec specFor(String version, String path) {
    String key = version + path;
    Spec cached = byRoute.get(key);
    if (cached != null) {
      return cached;
    }
    Spec best = null;
    int bestScore = -1;
    for (Spec spec : specs) {
      if (!spec.version.equals(version)) {
        continue;
      }
      for (Map.Entry<java.util.regex.Pattern, Integer> template : spec.templates.entrySet()) {
        if (template.getKey().matcher(path).matches() && template.getValue() > bestScore) {
          best = spec;
          bestScore = template.getValue();
        }
      }
    }
    if (best != null) {
      byRoute.put(key, best);
    }
    return best;
  }

}
