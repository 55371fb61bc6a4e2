package dev.stagingpro.core.manifest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value in the manifest, with the YAML node it came from (for line and column) and its field
 * path. Each typed reader returns the value when it is right, and otherwise records one problem
 * and returns empty, so a load goes on and finds every other problem too.
 */
final class YamlValue {
  static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,8})([smh])");

  private final Node node;
  private final String path;
  private final Mark anchor;
  private final ReadContext context;

  /**
   * @param anchor where to point when this value as a whole is wrong or incomplete: the key that
   *     names it (or the list item), which is where a reader looks for it
   */
  YamlValue(Node node, String path, Mark anchor, ReadContext context) {
    this.node = node;
    this.path = path;
    this.anchor = anchor;
    this.context = context;
  }

  String path() {
    return path;
  }

  Mark mark() {
    return node.getStartMark();
  }

  /** Records a problem at this value. */
  void problem(String message) {
    context.problem(node.getStartMark(), path, message);
  }

  /** Records a problem at the key that names this value (the value itself is fine, its presence is not). */
  void keyProblem(String message) {
    context.problem(anchor, path, message);
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** Whether this is the text {@code literal} (without recording anything when it is not). */
  boolean is(String literal) {
    return isScalar(Tag.STR) && ((ScalarNode) node).getValue().equals(literal);
  }

  boolean isNull() {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  /** Non-blank text (a YAML string; numbers and booleans must be quoted to count as text). */
  Optional<String> text() {
    if (!isScalar(Tag.STR)) {
      return expected("text");
    }
    String value = ((ScalarNode) node).getValue();
    if (value.isBlank()) {
      problem("is empty");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * Text that matches {@code pattern} as a whole; otherwise {@code explanation}, given the text
   * (shortened), is the problem.
   */
  Optional<String> matching(Pattern pattern, Function<String, String> explanation) {
    Optional<String> value = text();
    if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
      problem(explanation.apply(Suggestions.shorten(value.get())));
      return Optional.empty();
    }
    return value;
  }

  Optional<Integer> integer() {
    if (!isScalar(Tag.INT)) {
      return expected("a whole number");
    }
    try {
      return Optional.of(Integer.parseInt(((ScalarNode) node).getValue().replace("_", "")));
    } catch (NumberFormatException e) {
      problem("expected a whole number in decimal digits, at most " + Integer.MAX_VALUE);
      return Optional.empty();
    }
  }

  /** A whole number of at least {@code minimum}. */
  Optional<Integer> integer(int minimum) {
    Optional<Integer> value = integer();
    if (value.isPresent() && value.get() < minimum) {
      problem("must be at least " + minimum);
      return Optional.empty();
    }
    return value;
  }

  /** {@code true} or {@code false} only: YAML 1.1's yes/no/on/off are easy to misread. */
  Optional<Boolean> bool() {
    if (isScalar(Tag.BOOL)) {
      String value = ((ScalarNode) node).getValue();
      if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
        return Optional.of(Boolean.parseBoolean(value));
      }
      problem("expected true or false, found '" + value + "'");
      return Optional.empty();
    }
    return expected("true or false");
  }

  /** One of {@code known} (lower-case names as written in the manifest). */
  Optional<String> choice(String what, List<String> known) {
    Optional<String> value = text();
    if (value.isPresent() && !known.contains(value.get())) {
      problem(Suggestions.unknown(what, value.get(), known));
      return Optional.empty();
    }
    return value;
  }

  /** A {@code choice} mapped onto the enum constant of the same name. */
  <E extends Enum<E>> Optional<E> choice(String what, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    return choice(what, names).map(name -> Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
  }

  /** A time limit written as a whole number and a unit: {@code 90s}, {@code 10m}, {@code 1h}. */
  Optional<Duration> duration() {
    String advice = "write a whole number followed by s, m or h, such as 90s, 10m or 1h";
    if (isScalar(Tag.INT)) {
      problem("a duration needs a unit: " + advice);
      return Optional.empty();
    }
    Optional<String> value = text();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Matcher match = DURATION.matcher(value.get());
    if (!match.matches()) {
      problem("'" + Suggestions.shorten(value.get()) + "' is not a duration; " + advice);
      return Optional.empty();
    }
    long amount = Long.parseLong(match.group(1));
    return Optional.of(switch (match.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    });
  }

  /**
   * A secret: only a {@code ${VAR}} reference is accepted, so the value itself stays in the CI's
   * secret store. A literal value is refused without repeating it, since it is a credential.
   *
   * @param exampleVariable a variable name to suggest in the message
   */
  Optional<SecretRef> secret(String exampleVariable) {
    String advice = "write a ${VAR} reference such as ${" + exampleVariable + "} and keep the value in an"
        + " environment variable or CI secret";
    if (isNull()) {
      problem("is empty; " + advice);
      return Optional.empty();
    }
    Matcher match = node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
        ? VARIABLE_REFERENCE.matcher(scalar.getValue())
        : null;
    if (match == null || !match.matches()) {
      problem("a secret cannot be written into the manifest (the value is not repeated here); " + advice
          + ". If the file was committed with it, revoke that credential");
      return Optional.empty();
    }
    SecretRef ref = new SecretRef(match.group(1));
    context.secretUsed(ref, node.getStartMark(), path);
    return Optional.of(ref);
  }

  Optional<YamlMap> map(List<String> allowedKeys) {
    if (!(node instanceof MappingNode mapping)) {
      return expected("a mapping of keys to values");
    }
    return Optional.of(new YamlMap(mapping, path, anchor, context, allowedKeys));
  }

  /** A mapping whose keys are names chosen by the user (environments, selections). */
  Optional<YamlMap> namedMap() {
    return map(null);
  }

  Optional<List<YamlValue>> items() {
    if (!(node instanceof SequenceNode sequence)) {
      return expected("a list");
    }
    List<YamlValue> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      Node item = nodes.get(i);
      items.add(new YamlValue(item, path + "[" + i + "]", item.getStartMark(), context));
    }
    return Optional.of(items);
  }

  /**
   * A non-empty list whose items each pass {@code reader} and appear once. Empty when the list
   * or any item is wrong (each wrong item is its own problem).
   */
  <T> Optional<List<T>> list(Function<YamlValue, Optional<T>> reader) {
    Optional<List<YamlValue>> items = items();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      problem("is an empty list; give at least one item or leave the key out");
      return Optional.empty();
    }
    List<T> values = new ArrayList<>();
    Map<T, Integer> seen = new HashMap<>();
    boolean complete = true;
    for (YamlValue item : items.get()) {
      Optional<T> value = reader.apply(item);
      if (value.isEmpty()) {
        complete = false;
      } else if (seen.putIfAbsent(value.get(), item.mark().getLine() + 1) != null) {
        String written = item.node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(value.get());
        item.problem("'" + Suggestions.shorten(written) + "' is listed twice (first at line " + seen.get(value.get()) + ")");
        complete = false;
      } else {
        values.add(value.get());
      }
    }
    return complete ? Optional.of(values) : Optional.empty();
  }

  private boolean isScalar(Tag tag) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(tag);
  }

  /** Records that this value is of the wrong kind: "expected WANTED, found a list". */
  <T> Optional<T> expected(String wanted) {
    String message = "expected " + wanted + ", found " + kind();
    if (wanted.equals("text") && (isScalar(Tag.INT) || isScalar(Tag.FLOAT) || isScalar(Tag.BOOL))) {
      message += "; put it in quotes to use it as text";
    }
    problem(message);
    return Optional.empty();
  }

  private String kind() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return "nothing";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "a number";
    }
    if (tag.equals(Tag.BOOL)) {
      return "true/false";
    }
    if (tag.equals(Tag.STR)) {
      return "text";
    }
    return "a " + tag.getClassName() + " value";
  }
}
