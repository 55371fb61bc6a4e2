package dev.stagingpro.core.manifest;

import dev.stagingpro.core.manifest.ManifestDescriber.B2bView;
import dev.stagingpro.core.manifest.ManifestDescriber.Description;
import dev.stagingpro.core.manifest.ManifestDescriber.EnvironmentView;
import dev.stagingpro.core.manifest.ManifestDescriber.MigrationView;
import dev.stagingpro.core.manifest.ManifestDescriber.NotificationView;
import dev.stagingpro.core.manifest.ManifestDescriber.OptionsView;
import dev.stagingpro.core.manifest.ManifestDescriber.PreviewView;
import dev.stagingpro.core.manifest.ManifestDescriber.SelectionView;
import dev.stagingpro.core.manifest.ManifestDescriber.SmtpView;
import dev.stagingpro.core.manifest.ManifestDescriber.ThemeView;
import dev.stagingpro.core.manifest.MigrationSpec.Selection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Turns a loaded manifest into the plain view records of a {@link Description} (without its lines). */
final class DescriptionViews {
  private DescriptionViews() {}

  static Description of(Manifest manifest) {
    return new Description(List.of(), relative(manifest, manifest.file()), manifest.version(),
        manifest.environments().values().stream().map(env -> environment(manifest, env)).toList(),
        manifest.theme().map(theme -> theme(manifest, theme)).orElse(null),
        manifest.preview().map(preview -> new PreviewView(preview.environment(), preview.channels())).orElse(null),
        manifest.migrations().stream().map(migration -> migration(manifest, migration)).toList(),
        manifest.notifications().stream().map(DescriptionViews::notification).toList());
  }

  private static EnvironmentView environment(Manifest manifest, EnvironmentSpec env) {
    Path stateDir = manifest.repoRoot().resolve(Manifest.STATE_DIR);
    return new EnvironmentView(env.name(), env.isSandbox() ? "sandbox" : "store",
        env.storeHash().orElse(null),
        env.isSandbox() ? null : env.apiUrl(),
        reference(env.token()),
        env.sandbox().orElse(null),
        env.sandboxStateDir(stateDir).map(dir -> relative(manifest, dir)).orElse(null),
        env.channels(), env.isProtected(), env.approvers(),
        env.b2b().map(b2b -> new B2bView(b2b.isLegacyLogin() ? "legacy" : "token",
            reference(b2b.token()), reference(b2b.email()), reference(b2b.password()))).orElse(null));
  }

  private static ThemeView theme(Manifest manifest, ThemeSpec theme) {
    return new ThemeView(relative(manifest, theme.path()), theme.buildCommand().orElse(null),
        theme.buildCommand().isPresent() ? duration(theme.buildTimeout()) : null,
        theme.variation().orElse(null), theme.channels());
  }

  private static MigrationView migration(Manifest manifest, MigrationSpec migration) {
    String from = migration.from().environment()
        .orElseGet(() -> relative(manifest, migration.from().folder().orElseThrow()));
    String fromKind = migration.from().environment().isPresent() ? "environment" : "folder";
    // Every listed entity, plus any selected only to narrow what a dependency pulls in; unselected ones move in full.
    TreeSet<Entity> named = new TreeSet<>(Comparator.comparingInt(Entity::ordinal));
    named.addAll(migration.entities());
    named.addAll(migration.select().keySet());
    Map<String, SelectionView> select = new LinkedHashMap<>();
    for (Entity entity : named) {
      Selection selection = migration.select().getOrDefault(entity, Selection.ALL);
      select.put(entity.key(), new SelectionView(selection.all(), selection.skus(), selection.categories(), selection.keys()));
    }
    MigrationSpec.Options options = migration.options();
    return new MigrationView(migration.id(), from, fromKind, migration.to(), name(migration.mode()),
        migration.entities().stream().map(Entity::key).toList(), select,
        new OptionsView(options.copyStock(), options.anonymiseCustomers(), options.pruneImages(),
            name(options.categoryAssignment()), options.prune()));
  }

  private static NotificationView notification(NotificationSpec notification) {
    List<String> events = notification.events().stream().sorted().map(DescriptionViews::name).toList();
    SmtpView smtp = notification.smtp().map(s -> new SmtpView(s.host(), s.port(), name(s.security()),
        s.username().orElse(null), reference(s.password()))).orElse(null);
    return new NotificationView(name(notification.type()), events, reference(notification.webhookUrl()), smtp,
        notification.from().orElse(null), notification.to());
  }

  private static String reference(Optional<SecretRef> ref) {
    return ref.map(SecretRef::placeholder).orElse(null);
  }

  /** An enum constant as written in the manifest. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A duration as written in the manifest: 90s, 10m, 1h. */
  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  /** A path in the repository as people write it there (relative, with '/'). */
  private static String relative(Manifest manifest, Path path) {
    Path root = manifest.repoRoot();
    if (!path.startsWith(root)) {
      return path.toString();
    }
    String relative = root.relativize(path).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }
}
