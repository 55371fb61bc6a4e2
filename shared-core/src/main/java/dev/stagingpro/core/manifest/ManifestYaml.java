package dev.stagingpro.core.manifest;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses manifest text into SnakeYAML's node tree, which keeps the line and column of every value.
 * The tree is mapped onto the records by hand (rather than data-binding), so each problem can
 * point at the exact place.
 */
final class ManifestYaml {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_NESTING = 50;
  private static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  private ManifestYaml() {}

  /** The root node; empty when the text is empty or not valid YAML (a syntax error is recorded). */
  static Optional<Node> parse(String text, ReadContext context) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    try {
      return Optional.ofNullable(new Yaml(options).compose(new java.io.StringReader(text)));
    } catch (MarkedYAMLException e) {
      // Only the parser's own description: its snippet of the source could contain a secret.
      String hint = isUnquotedReferenceInFlow(text, e.getProblemMark())
          ? "; inside { } or [ ] a ${VAR} reference must be quoted: \"${VAR}\""
          : "";
      context.problem(e.getProblemMark(), "", "YAML syntax error: " + e.getProblem() + hint);
    } catch (YAMLException e) {
      context.problem(null, "", "YAML error: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** {@code { password: ${X} }}: in flow style the braces of an unquoted reference end the mapping. */
  private static boolean isUnquotedReferenceInFlow(String text, Mark mark) {
    if (mark == null) {
      return false;
    }
    int[] codePoints = text.codePoints().toArray();
    int index = mark.getIndex();
    return index > 0 && index < codePoints.length && codePoints[index] == '{' && codePoints[index - 1] == '$';
  }
}
