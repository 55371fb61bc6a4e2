package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsPatterns.DOT;
import static dev.stagingpro.core.theme.JsPatterns.S;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions of a page for {@code manifest.json}, found the way the Stencil CLI finds them (the
 * platform's Page Builder reads this list): unquoted partials are inlined (each once), layout
 * {@code {{#partial}}} bodies are appended to their {@code {{#block}}}, dynamic components are
 * replaced by their folder's templates, then {@code {{{region name="x"}}}} tags are collected.
 * One CLI quirk is kept on purpose because the platform has only seen manifests made that way:
 * the first {@code translation="i18n.RegionName..."} of a page is attached to all its regions.
 */
final class RegionExtractor {
  private static final Pattern INCLUDE = Pattern.compile("\\{\\{>" + S + "*([_|\\-a-zA-Z0-9/]+)[^{]*?}}");
  private static final Pattern PARTIAL_BLOCK = Pattern.compile(
      "\\{\\{" + S + "*#partial" + S + "+" + DOT + "*?[\"|']([\\w-]+)[\"|']" + DOT + "*?}}([\\s\\S]*?)\\{\\{/partial}}");
  private static final Pattern BLOCK = Pattern.compile(
      "\\{\\{" + S + "*#block" + S + "+" + DOT + "*?[\"|']([\\w-]+)[\"|']" + DOT + "*?}}([\\s\\S]*?)\\{\\{/block}}");
  private static final Pattern DYNAMIC = Pattern.compile(
      "\\{\\{" + S + "*?dynamicComponent" + S + "*(?:'|\")([_|\\-a-zA-Z0-9/]+)(?:'|\")" + DOT + "*?}}");
  private static final Pattern REGION = Pattern.compile(
      "\\{\\{\\{" + S + "*region" + S + "+" + DOT + "*?name=[\"|']([\\w-]+)[\"|']" + DOT + "*?}}}");
  private static final Pattern TRANSLATION = Pattern.compile(
      "\\{\\{\\{" + DOT + "*?" + S + "translation=[\"|'](i18n" + DOT + "RegionName" + DOT + "([\\w-])+)[\"|']" + DOT + "*?}}}");

  /** One region of a page; {@code translation} may be null. */
  record Region(String name, String translation) {}

  private RegionExtractor() {}

  /** @param templates the page's assembled templates (the page and everything it reaches) */
  static List<Region> regions(Map<String, String> templates, String page) {
    String text = inlineIncludes(templates, page, new HashSet<>());
    text = mergeLayoutBlocks(text);
    text = expandDynamicComponents(templates, text);
    return parseRegions(text);
  }

  private static String inlineIncludes(Map<String, String> templates, String name, Set<String> visited) {
    visited.add(name);
    String source = templates.getOrDefault(name, "");
    Matcher include = INCLUDE.matcher(source);
    StringBuilder out = new StringBuilder(source.length());
    while (include.find()) {
      String partial = include.group(1);
      String replacement = visited.contains(partial) ? "" : inlineIncludes(templates, partial, visited);
      include.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    include.appendTail(out);
    return out.toString();
  }

  private static String mergeLayoutBlocks(String text) {
    Map<String, String> partials = new HashMap<>();
    Matcher partial = PARTIAL_BLOCK.matcher(text);
    StringBuilder withoutPartials = new StringBuilder(text.length());
    while (partial.find()) {
      partials.put(partial.group(1), partial.group(2));
      partial.appendReplacement(withoutPartials, "");
    }
    partial.appendTail(withoutPartials);
    Matcher block = BLOCK.matcher(withoutPartials);
    StringBuilder out = new StringBuilder(withoutPartials.length());
    while (block.find()) {
      String content = block.group(2) + partials.getOrDefault(block.group(1), "");
      block.appendReplacement(out, Matcher.quoteReplacement(content));
    }
    block.appendTail(out);
    return out.toString();
  }

  private static String expandDynamicComponents(Map<String, String> templates, String text) {
    Matcher dynamic = DYNAMIC.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    Set<String> sortedNames = new TreeSet<>(templates.keySet());
    while (dynamic.find()) {
      String folder = dynamic.group(1);
      StringBuilder members = new StringBuilder();
      for (String name : sortedNames) {
        if (name.startsWith(folder)) {
          members.append(templates.get(name));
        }
      }
      dynamic.appendReplacement(out, Matcher.quoteReplacement(members.toString()));
    }
    dynamic.appendTail(out);
    return out.toString();
  }

  private static List<Region> parseRegions(String text) {
    Matcher translationMatch = TRANSLATION.matcher(text);
    String translation = translationMatch.find() ? translationMatch.group(1) : null;
    Map<String, Region> regions = new LinkedHashMap<>();
    Matcher region = REGION.matcher(text);
    while (region.find()) {
      regions.putIfAbsent(region.group(1), new Region(region.group(1), translation));
    }
    return new ArrayList<>(regions.values());
  }
}
