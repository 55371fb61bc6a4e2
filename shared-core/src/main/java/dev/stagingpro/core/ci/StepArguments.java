package dev.stagingpro.core.ci;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.Workspace;
import java.io.Serializable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CI step's named arguments, checked and typed: the names of docs/commands.md's Jenkins column,
 * the values as a pipeline passes them (strings, booleans, numbers, lists, maps). Checking happens
 * when they are read, so a typo fails before any work starts; the typed copy is serializable, so
 * it can travel to the build agent that holds the workspace.
 */
public final class StepArguments implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String ENVIRONMENT = "environment";
  public static final String APPROVE = "approve";
  public static final String MANIFEST = "manifest";
  public static final String REF = "ref";
  public static final String PR = "pr";
  public static final String MIGRATION = "migration";
  public static final String PLAN = "plan";
  public static final String OUT = "out";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String RUN_ID = "runId";
  public static final String ENTRY = "entry";
  public static final String AT = "at";
  public static final String ZONE = "zone";
  public static final String MAX_WAIT = "maxWait";
  public static final String FORCE = "force";
  public static final String REAPPLY = "reapply";
  public static final String ENTITIES = "entities";
  public static final String CREDENTIALS = "credentials";
  public static final String B2B_CREDENTIALS = "b2bCredentials";

  private enum Kind { TEXT, FLAG, POSITIVE, NON_NEGATIVE, DURATION, LIST, MAP }

  private static final Map<String, Kind> KINDS = kinds();

  private final Operation operation;
  private final LinkedHashMap<String, Object> values;

  private StepArguments(Operation operation, LinkedHashMap<String, Object> values) {
    this.operation = operation;
    this.values = values;
  }

  /** Every parameter a step takes, in docs/commands.md order. */
  public static List<String> names() {
    return List.copyOf(KINDS.keySet());
  }

  /**
   * Checks and types {@code raw} (null values count as absent).
   *
   * @throws StagingProException bad input naming the step, the parameter and what it expects
   */
  public static StepArguments of(Operation operation, Map<String, ?> raw) {
    LinkedHashMap<String, Object> values = new LinkedHashMap<>();
    raw.forEach((name, value) -> {
      Kind kind = KINDS.get(name);
      if (kind == null) {
        throw StagingProException.badInput(operation.step() + ": unknown parameter '" + name + "'; it takes "
            + String.join(", ", KINDS.keySet()));
      }
      if (value != null) {
        values.put(name, new Reader(operation, name, value).read(kind));
      }
    });
    return new StepArguments(operation, values);
  }

  public Operation operation() {
    return operation;
  }

  /** The manifest named by {@code manifest} (default {@code stagingpro.yml}), inside {@code workspaceDir}. */
  public Path manifestFile(Path workspaceDir) {
    String manifest = text(MANIFEST);
    return path(workspaceDir, MANIFEST, manifest == null ? Workspace.MANIFEST_NAME : manifest);
  }

  /** Credential ids per environment, from {@code credentials} and {@code b2bCredentials}. */
  public CredentialIds credentialIds() {
    return new CredentialIds(map(CREDENTIALS), map(B2B_CREDENTIALS));
  }

  /** The core request; relative {@code plan}/{@code out} paths are taken from {@code workspaceDir}. */
  public OperationRequest toRequest(Path workspaceDir, CiContext ci) {
    String plan = text(PLAN);
    String out = text(OUT);
    String maxWait = text(MAX_WAIT);
    return OperationRequest.builder(operation)
        .environment(text(ENVIRONMENT))
        .approval(new Approval(flag(APPROVE), ci.actor()))
        .ref(text(REF))
        .pullRequest((Integer) values.get(PR))
        .migration(text(MIGRATION))
        .plan(plan == null ? null : path(workspaceDir, PLAN, plan))
        .out(out == null ? null : path(workspaceDir, OUT, out))
        .from(text(FROM))
        .to(text(TO))
        .runId(text(RUN_ID))
        .historyEntry((Integer) values.get(ENTRY))
        .at(text(AT))
        .zone(text(ZONE))
        .maxWait(maxWait == null ? null : DurationText.parse(MAX_WAIT, maxWait))
        .force(flag(FORCE))
        .reapply(flag(REAPPLY))
        .entities(list(ENTITIES))
        .ci(ci)
        .build();
  }

  private String text(String name) {
    return (String) values.get(name);
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  @SuppressWarnings("unchecked")
  private List<String> list(String name) {
    return (List<String>) values.getOrDefault(name, List.of());
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> map(String name) {
    return (Map<String, String>) values.getOrDefault(name, Map.of());
  }

  private Path path(Path workspaceDir, String name, String value) {
    try {
      return workspaceDir.resolve(value).normalize();
    } catch (InvalidPathException e) {
      throw StagingProException.badInput(operation.step() + ": '" + name + "' is not a usable path: " + e.getMessage());
    }
  }

  private static Map<String, Kind> kinds() {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    kinds.put(ENVIRONMENT, Kind.TEXT);
    kinds.put(APPROVE, Kind.FLAG);
    kinds.put(MANIFEST, Kind.TEXT);
    kinds.put(REF, Kind.TEXT);
    kinds.put(PR, Kind.POSITIVE);
    kinds.put(MIGRATION, Kind.TEXT);
    kinds.put(PLAN, Kind.TEXT);
    kinds.put(OUT, Kind.TEXT);
    kinds.put(FROM, Kind.TEXT);
    kinds.put(TO, Kind.TEXT);
    kinds.put(RUN_ID, Kind.TEXT);
    kinds.put(ENTRY, Kind.NON_NEGATIVE);
    kinds.put(AT, Kind.TEXT);
    kinds.put(ZONE, Kind.TEXT);
    kinds.put(MAX_WAIT, Kind.DURATION);
    kinds.put(FORCE, Kind.FLAG);
    kinds.put(REAPPLY, Kind.FLAG);
    kinds.put(ENTITIES, Kind.LIST);
    kinds.put(CREDENTIALS, Kind.MAP);
    kinds.put(B2B_CREDENTIALS, Kind.MAP);
    return java.util.Collections.unmodifiableMap(kinds);
  }

  /** Turns one raw value into its typed, serializable form, or says what was expected. */
  private record Reader(Operation operation, String name, Object value) {
    Object read(Kind kind) {
      return switch (kind) {
        case TEXT -> text();
        case DURATION -> {
          String text = text();
          DurationText.parse(name, text);
          yield text;
        }
        case FLAG -> flag();
        case POSITIVE -> count(1);
        case NON_NEGATIVE -> count(0);
        case LIST -> list();
        case MAP -> map();
      };
    }

    private String text() {
      if (value instanceof CharSequence || value instanceof Number) {
        return value.toString().trim();
      }
      throw expected("a text");
    }

    private Boolean flag() {
      if (value instanceof Boolean b) {
        return b;
      }
      String text = value instanceof CharSequence ? value.toString().trim().toLowerCase(Locale.ROOT) : "";
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
      throw expected("true or false");
    }

    private Integer count(int minimum) {
      long number;
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        number = ((Number) value).longValue();
      } else if (value instanceof CharSequence text && text.toString().trim().matches("\\d{1,10}")) {
        number = Long.parseLong(text.toString().trim());
      } else {
        throw expected("a whole number");
      }
      if (number < minimum || number > Integer.MAX_VALUE) {
        throw expected("a whole number of at least " + minimum);
      }
      return (int) number;
    }

    private ArrayList<String> list() {
      ArrayList<String> items = new ArrayList<>();
      if (value instanceof CharSequence text) {
        for (String item : text.toString().split(",")) {
          items.add(item.trim());
        }
      } else if (value instanceof Collection<?> collection) {
        for (Object item : collection) {
          if (!(item instanceof CharSequence)) {
            throw expected("a list of names such as ['products', 'categories']");
          }
          items.add(item.toString().trim());
        }
      } else {
        throw expected("a list of names such as ['products', 'categories']");
      }
      items.removeIf(String::isEmpty);
      return items;
    }

    private LinkedHashMap<String, String> map() {
      String example = "a map of environment to credential id such as [staging: 'bc-staging-token']";
      if (!(value instanceof Map<?, ?> raw)) {
        throw expected(example);
      }
      LinkedHashMap<String, String> entries = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : raw.entrySet()) {
        if (!(entry.getKey() instanceof CharSequence key) || !(entry.getValue() instanceof CharSequence id)
            || key.toString().isBlank() || id.toString().isBlank()) {
          throw expected(example);
        }
        entries.put(key.toString().trim(), id.toString().trim());
      }
      return entries;
    }

    private StagingProException expected(String what) {
      return StagingProException.badInput(operation.step() + ": '" + name + "' must be " + what + " (got '" + value + "')");
    }
  }
}
