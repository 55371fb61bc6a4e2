package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.EnvironmentSpec.B2bSpec;
import dev.stagingpro.core.manifest.MigrationSpec.CategoryAssignment;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.manifest.MigrationSpec.Selection;
import dev.stagingpro.core.manifest.MigrationSpec.Source;
import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.manifest.NotificationSpec.Security;
import dev.stagingpro.core.manifest.NotificationSpec.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid manifests load into the records with every value and default in place. */
class ManifestLoaderTest {
  @TempDir Path dir;
  private TestRepo repo;

  @BeforeEach
  void setUp() throws Exception {
    repo = new TestRepo(dir);
    Files.createDirectories(dir.resolve("data/catalogue"));
  }

  /** The "Complete example" of docs/manifest.md, exactly as the docs show it. */
  static String documentedExample() {
    return ProjectFiles.codeBlocks(ProjectFiles.read("docs/manifest.md")).stream()
        .filter(block -> block.language().equals("yaml") && block.text().startsWith("# yaml-language-server"))
        .findFirst().orElseThrow().text();
  }

  @Test
  void documentedCompleteExampleLoadsWithEveryValue() {
    Manifest manifest = repo.load(documentedExample());

    assertThat(manifest.version()).isEqualTo(1);
    assertThat(manifest.file()).isEqualTo(dir.resolve("stagingpro.yml"));
    assertThat(manifest.environments().keySet()).containsExactly("production", "uat", "staging");
    assertThat(manifest.environment("production")).isEqualTo(new EnvironmentSpec("production", Optional.of("abc123"),
        Optional.of(new SecretRef("BC_PRODUCTION_TOKEN")), Optional.empty(), EnvironmentSpec.DEFAULT_API_URL, List.of(1),
        true, List.of("alice", "release-bot"),
        Optional.of(new B2bSpec(Optional.of(new SecretRef("B2B_PRODUCTION_TOKEN")), Optional.empty(), Optional.empty()))));
    assertThat(manifest.environment("uat").apiUrl()).isEqualTo("https://bc-proxy.example.com");
    assertThat(manifest.environment("uat").isProtected()).isFalse();
    EnvironmentSpec staging = manifest.environment("staging");
    assertThat(staging.isSandbox()).isTrue();
    assertThat(staging.sandbox()).contains("staging");
    assertThat(staging.token()).isEmpty();
    assertThat(staging.sandboxStateDir(dir.resolve(".stagingpro"))).contains(dir.resolve(".stagingpro/sandbox/staging"));

    assertThat(manifest.theme()).contains(new ThemeSpec(dir.resolve("theme"), Optional.of("npm ci && npm run build"),
        Duration.ofMinutes(10), Optional.of("Light"), List.of(1)));
    assertThat(manifest.preview()).contains(new PreviewSpec("staging", 2));

    assertThat(manifest.migrations()).containsExactly(
        new MigrationSpec("catalogue-to-staging", Source.environment("production"), "staging", Mode.SELECTIVE,
            List.of(Entity.PRODUCTS, Entity.CATEGORIES, Entity.CUSTOMERS),
            Map.of(Entity.PRODUCTS, new Selection(false, List.of("SHIRT-*", "MUG-1"), List.of("Shop All/Kitchen"), List.of()),
                Entity.CUSTOMERS, Selection.ALL,
                Entity.BRANDS, new Selection(false, List.of(), List.of(), List.of("Acme"))),
            new Options(false, true, false, CategoryAssignment.REPLACE)),
        new MigrationSpec("seed-uat", Source.folder(dir.resolve("data/catalogue")), "uat", Mode.BULK,
            List.of(Entity.BRANDS, Entity.CATEGORIES, Entity.PRODUCTS), Map.of(), Options.DEFAULTS));
    assertThat(manifest.migration("seed-uat")).isPresent();

    assertThat(manifest.notifications()).containsExactly(
        new NotificationSpec(Type.SLACK, EnumSet.allOf(Event.class), Optional.of(new SecretRef("SLACK_WEBHOOK_URL")),
            Optional.empty(), Optional.empty(), List.of()),
        new NotificationSpec(Type.TEAMS, EnumSet.of(Event.FAILURE, Event.ROLLBACK),
            Optional.of(new SecretRef("TEAMS_WEBHOOK_URL")), Optional.empty(), Optional.empty(), List.of()),
        new NotificationSpec(Type.EMAIL, EnumSet.allOf(Event.class), Optional.empty(),
            Optional.of(new NotificationSpec.Smtp("smtp.example.com", 587, Security.STARTTLS, Optional.of("ci@example.com"),
                Optional.of(new SecretRef("SMTP_PASSWORD")))),
            Optional.of("ci@example.com"), List.of("team@example.com")));
    assertThat(repo.events).isEmpty();
  }

  @Test
  void defaultsFillWhatIsLeftOut() {
    Manifest manifest = repo.load("""
        version: 1
        environments:
          shop:
            store_hash: abc123
            token: ${SHOP_TOKEN}
        theme:
          path: .
          build: { command: make }
        preview:
          environment: shop
        notifications:
          - type: email
            smtp: { host: mail.example.com, security: ssl }
            from: ci@example.com
            to: [a@example.com]
        """);
    EnvironmentSpec shop = manifest.environment("shop");
    assertThat(shop.apiUrl()).isEqualTo("https://api.bigcommerce.com");
    assertThat(shop.channels()).isEmpty();
    assertThat(shop.isProtected()).isFalse();
    assertThat(shop.b2b()).isEmpty();
    assertThat(manifest.theme()).contains(new ThemeSpec(dir, Optional.of("make"), ThemeSpec.DEFAULT_BUILD_TIMEOUT,
        Optional.empty(), List.of()));
    assertThat(manifest.preview()).contains(new PreviewSpec("shop", PreviewSpec.DEFAULT_CHANNELS));
    assertThat(manifest.migrations()).isEmpty();
    NotificationSpec email = manifest.notifications().get(0);
    assertThat(email.events()).containsExactlyInAnyOrder(Event.values());
    assertThat(email.smtp().orElseThrow().port()).isEqualTo(465);
    assertThat(email.smtp().orElseThrow().username()).isEmpty();
  }

  @Test
  void emptyOptionalSectionsMeanNone() {
    Manifest manifest = repo.load("""
        version: 1
        environments:
          staging:
            sandbox: staging
        theme:
        preview:
        migrations:
        notifications:
          # - type: slack
          #   webhook_url: ${SLACK_WEBHOOK_URL}
        """);
    assertThat(manifest.theme()).isEmpty();
    assertThat(manifest.preview()).isEmpty();
    assertThat(manifest.migrations()).isEmpty();
    assertThat(manifest.notifications()).isEmpty();
  }

  @Test
  void durationsTakeSecondsMinutesAndHours() {
    String manifest = """
        version: 1
        environments: { staging: { sandbox: staging } }
        theme: { path: theme, build: { command: make, timeout: %s } }
        """;
    assertThat(repo.load(manifest.formatted("90s")).theme().orElseThrow().buildTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(repo.load(manifest.formatted("10m")).theme().orElseThrow().buildTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(repo.load(manifest.formatted("1h")).theme().orElseThrow().buildTimeout()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anchorsAndAliasesWorkButMergeKeysAreRefused() {
    Manifest manifest = repo.load("""
        version: 1
        environments:
          staging: { sandbox: staging, channels: &storefronts [1, 2] }
          uat: { sandbox: uat, channels: *storefronts }
        """);
    assertThat(manifest.environment("uat").channels()).containsExactly(1, 2);

    assertThat(repo.problems("""
        version: 1
        environments:
          staging: &base { sandbox: staging }
          uat:
            <<: *base
        """)).containsExactly(
        "stagingpro.yml:4:3: environments.uat: needs store_hash (a BigCommerce store) or sandbox (an embedded sandbox store)",
        "stagingpro.yml:5:5: environments.uat: YAML merge keys (<<) are not supported; write the keys out");
  }

  @Test
  void legacyB2bLoginLoadsWithADeprecationWarningAtItsLine() {
    Manifest manifest = repo.load(TestRepo.PRODUCTION_STORE + """
            b2b:
              email: ${B2B_EMAIL}
              password: ${B2B_PASSWORD}
        """);
    assertThat(manifest.environment("production").b2b()).contains(
        new B2bSpec(Optional.empty(), Optional.of(new SecretRef("B2B_EMAIL")), Optional.of(new SecretRef("B2B_PASSWORD"))));
    assertThat(manifest.environment("production").b2b().orElseThrow().isLegacyLogin()).isTrue();
    assertThat(repo.events).containsExactly(new ProgressEvent(ProgressEvent.Kind.WARNING,
        "stagingpro.yml:6:5: environments.production.b2b: the B2B Edition e-mail/password login is deprecated; create a B2B"
            + " Edition API token and write token: ${BC_PRODUCTION_B2B_TOKEN} instead",
        0, 0, "stagingpro.yml", 6));
  }

  @Test
  void b2bTakesTokenOrLoginButNotBoth() {
    assertThat(repo.problems(TestRepo.PRODUCTION_STORE + """
            b2b: { token: "${B2B_TOKEN}", email: "${B2B_EMAIL}" }
        """)).containsExactly(
        "stagingpro.yml:6:5: environments.production.b2b: give token (a B2B Edition API token) or the legacy email and"
            + " password, not both");
  }

  @Test
  void manifestOutsideTheRepositoryIsNamedByItsFullPath(@TempDir Path elsewhere) throws Exception {
    Path file = Files.writeString(elsewhere.resolve("other.yml"), "version: 3\nenvironments: { s: { sandbox: s } }\n");
    var problem = org.assertj.core.api.Assertions.catchThrowableOfType(ManifestException.class,
        () -> ManifestLoader.load(file, dir, TestRepo.ALL_SET, true, e -> {}));
    assertThat(problem.problems()).extracting(ManifestProblem::toString)
        .containsExactly(file + ":1:10: version: unsupported version 3; this StagingPro reads version 1");
  }
}
