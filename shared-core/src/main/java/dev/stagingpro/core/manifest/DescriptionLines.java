package dev.stagingpro.core.manifest;

import dev.stagingpro.core.manifest.ManifestDescriber.B2bView;
import dev.stagingpro.core.manifest.ManifestDescriber.Description;
import dev.stagingpro.core.manifest.ManifestDescriber.EnvironmentView;
import dev.stagingpro.core.manifest.ManifestDescriber.MigrationView;
import dev.stagingpro.core.manifest.ManifestDescriber.NotificationView;
import dev.stagingpro.core.manifest.ManifestDescriber.OptionsView;
import dev.stagingpro.core.manifest.ManifestDescriber.SelectionView;
import dev.stagingpro.core.manifest.ManifestDescriber.ThemeView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a {@link Description}'s facts as lines for people; built from the views so both forms agree. */
final class DescriptionLines {
  private static final String INDENT = "  ";

  private DescriptionLines() {}

  static List<String> of(Description facts) {
    List<String> lines = new ArrayList<>();
    lines.add(facts.file() + " is valid (manifest version " + facts.version() + ").");
    lines.add("Environments (" + facts.environments().size() + "):");
    facts.environments().forEach(env -> lines.add(INDENT + environment(env)));
    lines.add(facts.theme() == null ? "Theme: none declared" : "Theme: " + theme(facts.theme()));
    lines.add(facts.preview() == null ? "Preview: none declared"
        : "Preview: deploys to " + facts.preview().environment() + ", at most " + facts.preview().channels() + " preview channel"
            + (facts.preview().channels() == 1 ? "" : "s"));
    lines.add("Migrations (" + facts.migrations().size() + "):");
    facts.migrations().forEach(migration -> migration(migration, lines));
    lines.add("Notifications (" + facts.notifications().size() + "):");
    facts.notifications().forEach(notification -> lines.add(INDENT + notification(notification)));
    return lines;
  }

  private static String environment(EnvironmentView env) {
    StringBuilder line = new StringBuilder(env.name()).append(": ");
    if (env.kind().equals("sandbox")) {
      line.append("embedded sandbox store '").append(env.sandbox()).append("' (state in ").append(env.stateDir()).append(')');
    } else {
      line.append("BigCommerce store ").append(env.storeHash()).append(" at ").append(env.apiUrl())
          .append(", token ").append(env.token());
    }
    line.append(", ").append(channels(env.channels(), "all channels"));
    if (env.isProtected()) {
      line.append(", protected: writes need approval");
      if (!env.approvers().isEmpty()) {
        line.append(" from ").append(String.join(", ", env.approvers()));
      }
    }
    if (env.b2b() != null) {
      line.append(", ").append(b2b(env.b2b()));
    }
    return line.toString();
  }

  private static String b2b(B2bView b2b) {
    return b2b.login().equals("token")
        ? "B2B Edition token " + b2b.token()
        : "B2B Edition legacy login " + b2b.email() + " / " + b2b.password() + " (deprecated)";
  }

  private static String theme(ThemeView theme) {
    StringBuilder line = new StringBuilder("folder ").append(theme.path());
    line.append(theme.buildCommand() == null ? ", no build step"
        : ", built with `" + theme.buildCommand() + "` (timeout " + theme.buildTimeout() + ")");
    line.append(", activates ").append(theme.variation() == null ? "the first variation" : "variation " + theme.variation());
    return line.append(" on ").append(channels(theme.channels(), "the default channel")).toString();
  }

  private static void migration(MigrationView migration, List<String> lines) {
    String from = migration.fromKind().equals("folder") ? "folder " + migration.from() : migration.from();
    lines.add(INDENT + migration.id() + ": " + from + " -> " + migration.to() + ", " + migration.mode());
    lines.add(INDENT + INDENT + "entities: " + String.join(", ", migration.entities()));
    migration.select().forEach((entity, selection) -> lines.add(INDENT + INDENT + "select " + entity + ": " + selection(selection)));
    OptionsView options = migration.options();
    lines.add(INDENT + INDENT + "options: copy stock " + yesNo(options.copyStock())
        + ", anonymise customers " + yesNo(options.anonymiseCustomers())
        + ", prune images " + yesNo(options.pruneImages())
        + ", category assignment " + options.categoryAssignment()
        + ", prune records " + yesNo(options.prune()));
  }

  private static String selection(SelectionView selection) {
    if (selection.all()) {
      return "all";
    }
    List<String> parts = new ArrayList<>();
    if (!selection.skus().isEmpty()) {
      parts.add("skus " + String.join(", ", selection.skus()));
    }
    if (!selection.categories().isEmpty()) {
      parts.add("categories " + String.join(", ", selection.categories()));
    }
    if (!selection.keys().isEmpty()) {
      parts.add("keys " + String.join(", ", selection.keys()));
    }
    return String.join("; ", parts);
  }

  private static String notification(NotificationView notification) {
    String target = notification.smtp() == null
        ? notification.type() + " via " + notification.webhookUrl()
        : "email from " + notification.from() + " to " + String.join(", ", notification.to()) + " via "
            + notification.smtp().host() + ":" + notification.smtp().port() + " (" + notification.smtp().security() + ")";
    return target + " on " + notification.events().stream().collect(Collectors.joining(", "));
  }

  private static String channels(List<Integer> channels, String whenNone) {
    if (channels.isEmpty()) {
      return whenNone;
    }
    return (channels.size() == 1 ? "channel " : "channels ")
        + channels.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
