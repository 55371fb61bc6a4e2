package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsPatterns.DOT;
import static dev.stagingpro.core.theme.JsPatterns.S;

import dev.stagingpro.core.git.TreeEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which templates each template reaches, found with the Stencil CLI's own rules: {@code {{> name}}}
 * and {@code {{#> name}}} partial references (quotes removed, {@code @partial-block} ignored,
 * dynamic names not followed) and {@code {{dynamicComponent 'folder'}}}, which reaches every file
 * directly in {@code templates/folder}. Unlike the CLI it reports every missing partial with its
 * position, rejects partial cycles (a partial including itself is allowed: that is how recursive
 * menus are written), and does not mistake a partial defined inline in the same file for a file.
 */
final class TemplateGraph {
  private static final Pattern PARTIAL = Pattern.compile("\\{\\{#?>" + S + "*([_|\\-a-zA-Z0-9@'\"/]+)[^{]*?}}");
  private static final Pattern DYNAMIC = Pattern.compile("\\{\\{" + S + "*?dynamicComponent" + S + "*(?:'|\")([_|\\-a-zA-Z0-9/]+)(?:'|\")" + DOT + "*?}}");
  private static final Pattern INLINE = Pattern.compile("\\{\\{#\\*inline" + S + "+[\"']([^\"']+)[\"']");
  private static final Pattern QUOTED = Pattern.compile("^[\"']" + DOT + "+[\"']$");
  private static final String PARTIAL_BLOCK = "@partial-block";
  private static final String EXTERNAL = "external/";

  /** One reference from a template: a partial name or a dynamic-component folder, and where. */
  record Reference(String target, int offset, boolean dynamicFolder) {}

  private final TemplateCatalog catalog;
  private final Map<String, List<String>> edges;
  private final List<ThemeProblem> problems;

  private TemplateGraph(TemplateCatalog catalog, Map<String, List<String>> edges, List<ThemeProblem> problems) {
    this.catalog = catalog;
    this.edges = edges;
    this.problems = problems;
  }

  static TemplateGraph build(Theme theme) {
    TemplateCatalog catalog = theme.templates();
    Map<String, List<String>> edges = new HashMap<>();
    Map<String, List<Reference>> references = new HashMap<>();
    List<ThemeProblem> problems = new ArrayList<>();
    for (Map.Entry<String, String> template : catalog.sources().entrySet()) {
      String name = template.getKey();
      String source = template.getValue();
      TextPositions positions = null;
      List<Reference> found = references(source);
      Set<String> inline = inlinePartials(source);
      Set<String> targets = new LinkedHashSet<>();
      for (Reference reference : found) {
        String problem = null;
        if (reference.dynamicFolder()) {
          List<String> members = dynamicMembers(theme, reference.target());
          if (members == null) {
            problem = "dynamicComponent folder 'templates/" + reference.target() + "' does not exist";
          } else {
            targets.addAll(members);
          }
        } else if (reference.target().startsWith(EXTERNAL)) {
          problem = "partial '" + reference.target() + "' comes from an npm package (external/...); such templates are not supported, copy them into templates/";
        } else if (inline.contains(reference.target())) {
          continue;
        } else if (!catalog.has(reference.target())) {
          problem = "partial '" + reference.target() + "' not found: there is no " + TemplateCatalog.fileOf(reference.target());
        } else {
          targets.add(reference.target());
        }
        if (problem != null) {
          positions = positions == null ? new TextPositions(source) : positions;
          problems.add(ThemeProblem.error(TemplateCatalog.fileOf(name), positions.at(reference.offset()), problem));
        }
      }
      targets.remove(name);
      edges.put(name, List.copyOf(targets));
      references.put(name, found);
    }
    TemplateGraph graph = new TemplateGraph(catalog, edges, problems);
    graph.reportCycles(references);
    return graph;
  }

  /** Partial references and dynamic-component folders in one template, in text order. */
  static List<Reference> references(String source) {
    List<Reference> found = new ArrayList<>();
    Matcher partial = PARTIAL.matcher(source);
    while (partial.find()) {
      String name = partial.group(1);
      if (QUOTED.matcher(name).matches()) {
        name = name.substring(1, name.length() - 1);
      }
      if (!name.equals(PARTIAL_BLOCK)) {
        found.add(new Reference(name, partial.start(), false));
      }
    }
    Matcher dynamic = DYNAMIC.matcher(source);
    while (dynamic.find()) {
      found.add(new Reference(dynamic.group(1), dynamic.start(), true));
    }
    return found;
  }

  private static Set<String> inlinePartials(String source) {
    Set<String> names = new HashSet<>();
    Matcher inline = INLINE.matcher(source);
    while (inline.find()) {
      names.add(inline.group(1));
    }
    return names;
  }

  /** The templates a dynamicComponent folder stands for (files directly in it), or null if absent. */
  private static List<String> dynamicMembers(Theme theme, String folder) {
    String normalized = PosixPaths.normalize(folder);
    String dir = Theme.TEMPLATES + "/" + normalized;
    if (PosixPaths.escapes(normalized) || !theme.files().isDirectory(dir)) {
      return null;
    }
    List<String> members = new ArrayList<>();
    for (TreeEntry entry : theme.files().list(dir)) {
      if (entry.isFile() && !entry.name().startsWith(".")) {
        members.add(PosixPaths.join(normalized, PosixPaths.stem(entry.name())));
      }
    }
    return members;
  }

  List<ThemeProblem> problems() {
    return problems;
  }

  /** The template and every template it reaches, name to source, in discovery order. */
  Map<String, String> assemble(String name) {
    Map<String, String> reached = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(name);
    while (!queue.isEmpty()) {
      String next = queue.poll();
      if (reached.containsKey(next) || !catalog.has(next)) {
        continue;
      }
      reached.put(next, catalog.source(next));
      queue.addAll(edges.getOrDefault(next, List.of()));
    }
    return reached;
  }

  /** Tarjan's strongly connected components: each component of two or more templates is a cycle. */
  private void reportCycles(Map<String, List<Reference>> references) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    int[] counter = {0};
    for (String start : catalog.sources().keySet()) {
      if (!index.containsKey(start)) {
        strongConnect(start, index, low, stack, onStack, counter, references);
      }
    }
  }

  private void strongConnect(String start, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
      Set<String> onStack, int[] counter, Map<String, List<Reference>> references) {
    // Iterative depth-first search: theme graphs can be deep enough to overflow the call stack.
    Deque<Object[]> work = new ArrayDeque<>();
    work.push(new Object[] {start, 0});
    while (!work.isEmpty()) {
      Object[] frame = work.peek();
      String node = (String) frame[0];
      int next = (Integer) frame[1];
      if (next == 0) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
      }
      List<String> targets = edges.getOrDefault(node, List.of());
      if (next < targets.size()) {
        frame[1] = next + 1;
        String target = targets.get(next);
        if (!index.containsKey(target)) {
          work.push(new Object[] {target, 0});
        } else if (onStack.contains(target)) {
          low.put(node, Math.min(low.get(node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        String parent = (String) work.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node).equals(index.get(node))) {
        List<String> component = new ArrayList<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        if (component.size() > 1) {
          reportCycle(component, references);
        }
      }
    }
  }

  private void reportCycle(List<String> component, Map<String, List<Reference>> references) {
    Set<String> members = new HashSet<>(component);
    String first = component.stream().sorted().findFirst().orElseThrow();
    List<String> path = new ArrayList<>();
    String current = first;
    while (!path.contains(current)) {
      path.add(current);
      current = edges.get(current).stream().filter(members::contains).sorted().findFirst().orElseThrow();
    }
    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
    cycle.add(current);
    String from = cycle.get(0);
    String target = cycle.get(1);
    int offset = references.get(from).stream()
        .filter(r -> r.target().equals(target) || (r.dynamicFolder() && target.startsWith(r.target())))
        .mapToInt(Reference::offset).findFirst().orElse(0);
    JsonDocument.Position at = new TextPositions(catalog.source(from)).at(offset);
    problems.add(ThemeProblem.error(TemplateCatalog.fileOf(from), at,
        "partials include each other in a cycle: " + String.join(" -> ", cycle)
            + "; the storefront would render them forever: break the cycle"));
  }
}
