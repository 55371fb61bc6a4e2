package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad manifests, one mistake each (and one with many): each must give a precise message with
 * file, line, column and field, so a user can go straight to the place and fix it.
 */
class ManifestMistakesTest {
  private static final String ENVIRONMENTS = """
      version: 1
      environments:
        production:
          store_hash: abc123
          token: ${BC_PRODUCTION_TOKEN}
          protected: true
        staging:
          sandbox: staging
      """;

  @TempDir Path dir;
  private TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = new TestRepo(dir);
  }

  @Test
  void unknownKeySuggestsTheNearestKnownOne() {
    assertThat(repo.problems("""
        version: 1
        environments:
          production:
            store_hash: abc123
            tokn: ${BC_PRODUCTION_TOKEN}
        """)).containsExactly(
        "stagingpro.yml:3:3: environments.production: missing required key 'token' (a ${VAR} reference to the store's API token)",
        "stagingpro.yml:5:5: environments.production.tokn: unknown key 'tokn'; did you mean 'token'?");
  }

  @Test
  void unknownKeyFarFromAnyListsTheAllowedKeys() {
    assertThat(repo.problems(ENVIRONMENTS + "deployments: 3\n")).containsExactly(
        "stagingpro.yml:9:1: deployments: unknown key 'deployments'; expected one of: version, environments, theme, preview,"
            + " migrations, notifications");
  }

  @Test
  void duplicateKeyPointsAtTheSecondOne() {
    assertThat(repo.problems("""
        version: 1
        environments:
          staging:
            sandbox: staging
            sandbox: other
        """)).containsExactly("stagingpro.yml:5:5: environments.staging.sandbox: duplicate key 'sandbox' (first at line 4)");
  }

  @Test
  void wrongTypesSayWhatWasExpectedAndWhatWasFound() {
    assertThat(repo.problems("""
        version: 1
        environments:
          staging:
            sandbox: staging
            channels: [1, two]
            protected: yes
        theme: theme
        """)).containsExactly(
        "stagingpro.yml:5:19: environments.staging.channels[1]: expected a whole number, found text",
        "stagingpro.yml:6:16: environments.staging.protected: expected true or false, found 'yes'",
        "stagingpro.yml:7:8: theme: expected a mapping of keys to values, found text");
  }

  @Test
  void environmentNeedsExactlyOneOfStoreHashAndSandbox() {
    assertThat(repo.problems("""
        version: 1
        environments:
          both:
            store_hash: abc123
            token: ${BC_TOKEN}
            sandbox: both
          neither:
            channels: [1]
        """)).containsExactly(
        "stagingpro.yml:3:3: environments.both: give store_hash (a BigCommerce store) or sandbox (an embedded sandbox store),"
            + " not both",
        "stagingpro.yml:7:3: environments.neither: needs store_hash (a BigCommerce store) or sandbox (an embedded sandbox store)");
  }

  @Test
  void missingRequiredKeysAreNamedWithWhatTheyAreFor() {
    assertThat(repo.problems(ENVIRONMENTS + """
        migrations:
          - id: catalogue
            from: production
            entities: [products]
        """)).containsExactly(
        "stagingpro.yml:10:5: migrations[0]: missing required key 'to' (the environment the records go to)",
        "stagingpro.yml:10:5: migrations[0]: missing required key 'mode' (bulk or selective)");
  }

  @Test
  void unknownEnvironmentInFromToAndPreviewSuggestsADeclaredOne() {
    assertThat(repo.problems(ENVIRONMENTS + """
        preview:
          environment: stagin
        migrations:
          - id: catalogue
            from: prod
            to: uat
            mode: bulk
            entities: [products]
        """)).containsExactly(
        "stagingpro.yml:10:16: preview.environment: unknown environment 'stagin'; did you mean 'staging'?",
        "stagingpro.yml:13:11: migrations[0].from: unknown environment 'prod'; did you mean 'production'?",
        "stagingpro.yml:14:9: migrations[0].to: unknown environment 'uat'; expected one of: production, staging");
  }

  @Test
  void unknownEntitySuggestsTheNearestEntity() {
    assertThat(repo.problems(ENVIRONMENTS + """
        migrations:
          - id: catalogue
            from: production
            to: staging
            mode: selective
            entities: [products, categorys]
            select:
              custmers: all
        """)).containsExactly(
        "stagingpro.yml:14:26: migrations[0].entities[1]: unknown entity 'categorys'; did you mean 'categories'?",
        "stagingpro.yml:16:7: migrations[0].select.custmers: unknown entity 'custmers'; did you mean 'customers'?");
  }

  @Test
  void duplicateMigrationIdsPointAtTheFirstUse() {
    assertThat(repo.problems(ENVIRONMENTS + """
        migrations:
          - id: catalogue
            from: production
            to: staging
            mode: bulk
            entities: [brands]
          - id: catalogue
            from: {folder: data}
            to: staging
            mode: bulk
            entities: [products]
        """)).containsExactly("stagingpro.yml:15:9: migrations[1].id: duplicate migration id 'catalogue' (also used at line 10)");
  }

  @Test
  void plainTokenIsRefusedWithoutRepeatingIt() {
    ManifestException problem = repo.exception("""
        version: 1
        environments:
          production:
            store_hash: abc123
            token: p4ssw0rd-t0ken-value
        """, TestRepo.ALL_SET, true);
    assertThat(problem.problems()).extracting(ManifestProblem::toString).containsExactly(
        "stagingpro.yml:5:12: environments.production.token: a secret cannot be written into the manifest (the value is not"
            + " repeated here); write a ${VAR} reference such as ${BC_PRODUCTION_TOKEN} and keep the value in an environment"
            + " variable or CI secret. If the file was committed with it, revoke that credential");
    assertThat(problem.getMessage()).doesNotContain("p4ssw0rd");
  }

  @Test
  void unsetVariableIsNamedOnlyWhenSecretsAreRequired() {
    String yaml = TestRepo.PRODUCTION_STORE + """
        notifications:
          - type: slack
            webhook_url: ${SLACK_WEBHOOK_URL}
        """;
    EnvLookup onlyToken = EnvLookup.of(Map.of("BC_PRODUCTION_TOKEN", "t0ken"));
    assertThat(repo.problems(yaml, onlyToken, true)).containsExactly(
        "stagingpro.yml:8:18: notifications[0].webhook_url: environment variable SLACK_WEBHOOK_URL is not set (or is empty);"
            + " set it, or add it to the CI's secrets");
    assertThat(repo.load(yaml, EnvLookup.of(Map.of()), false).notifications()).hasSize(1);
  }

  @Test
  void badChoicesListTheAllowedValues() {
    assertThat(repo.problems(ENVIRONMENTS + """
        migrations:
          - id: catalogue
            from: production
            to: staging
            mode: fast
            entities: [products]
            options: { category_assignment: merge }
        notifications:
          - type: discord
            webhook_url: ${DISCORD_WEBHOOK_URL}
          - type: slack
            webhook_url: ${SLACK_WEBHOOK_URL}
            events: [start, finish]
          - type: email
            smtp: { host: smtp.example.com, security: tls }
            from: ci@example.com
            to: [team@example.com]
        """)).containsExactly(
        "stagingpro.yml:13:11: migrations[0].mode: unknown mode 'fast'; expected one of: bulk, selective",
        "stagingpro.yml:15:37: migrations[0].options.category_assignment: unknown category assignment 'merge'; expected"
            + " one of: replace, append",
        "stagingpro.yml:17:11: notifications[0].type: unknown notification type 'discord'; expected one of: slack, teams, email",
        "stagingpro.yml:21:21: notifications[1].events[1]: unknown event 'finish'; expected one of: start, success, failure,"
            + " rollback",
        "stagingpro.yml:23:47: notifications[2].smtp.security: unknown security 'tls'; expected one of: none, starttls, ssl");
  }

  /** One products migration from production to staging in this mode, with these options (if any). */
  private static String productsMigration(String mode, String options) {
    return ENVIRONMENTS + """
        migrations:
          - id: catalogue
            from: production
            to: staging
            mode: %s
            entities: [products]
        """.formatted(mode) + (options.isEmpty() ? "" : "    options: " + options + "\n");
  }

  @Test
  void pruneIsOnlyAllowedInSelectiveMode() {
    assertThat(repo.problems(productsMigration("bulk", "{ copy_stock: true, prune: true }"))).containsExactly(
        "stagingpro.yml:15:34: migrations[0].options.prune: prune is only allowed with mode: selective; use mode: selective"
            + " or remove prune");
  }

  @Test
  void pruneOffIsFineInBulkModeAndOnInSelectiveMode() {
    assertThat(repo.load(productsMigration("bulk", "{ prune: false }")).migrations().get(0).options().prune()).isFalse();
    assertThat(repo.load(productsMigration("selective", "{ prune: true }")).migrations().get(0).options().prune()).isTrue();
    assertThat(repo.load(productsMigration("selective", "")).migrations().get(0).options().prune()).as("off unless asked for")
        .isFalse();
  }

  @Test
  void approversNeedAProtectedEnvironment() {
    assertThat(repo.problems("""
        version: 1
        environments:
          staging:
            sandbox: staging
            approvers: [alice]
        """)).containsExactly(
        "stagingpro.yml:5:5: environments.staging.approvers: approvers are only allowed on a protected environment; add"
            + " protected: true or remove approvers");
  }

  @Test
  void badDurationsShowTheAcceptedForm() {
    assertThat(repo.problems(ENVIRONMENTS + """
        theme:
          path: theme
          build: { command: npm run build, timeout: 10 minutes }
        """)).containsExactly(
        "stagingpro.yml:11:45: theme.build.timeout: '10 minutes' is not a duration; write a whole number followed by s, m or h,"
            + " such as 90s, 10m or 1h");
    assertThat(repo.problems(ENVIRONMENTS + """
        theme:
          path: theme
          build: { command: npm run build, timeout: 600 }
        """)).containsExactly(
        "stagingpro.yml:11:45: theme.build.timeout: a duration needs a unit: write a whole number followed by s, m or h,"
            + " such as 90s, 10m or 1h");
  }

  @Test
  void storeHashMustLookLikeOne() {
    assertThat(repo.problems("""
        version: 1
        environments:
          production:
            store_hash: stores/ABC123
            token: ${BC_PRODUCTION_TOKEN}
        """)).containsExactly(
        "stagingpro.yml:4:17: environments.production.store_hash: 'stores/ABC123' is not a store hash; expected up to 32"
            + " lowercase letters and digits, the part after /stores/ in the API path");
  }

  @Test
  void previewNeedsAtLeastOneChannel() {
    assertThat(repo.problems(ENVIRONMENTS + """
        preview:
          environment: staging
          channels: 0
        """)).containsExactly("stagingpro.yml:11:13: preview.channels: must be at least 1");
  }

  @Test
  void emailTargetNeedsSmtpAndRecipients() {
    assertThat(repo.problems(ENVIRONMENTS + """
        notifications:
          - type: email
            from: ci@example.com
            webhook_url: ${SLACK_WEBHOOK_URL}
        """)).containsExactly(
        "stagingpro.yml:10:5: notifications[0]: missing required key 'smtp' (the mail server to send through)",
        "stagingpro.yml:10:5: notifications[0]: missing required key 'to' (the addresses to send to)",
        "stagingpro.yml:12:5: notifications[0].webhook_url: is only for type: slack or teams");
  }

  @Test
  void versionMustBeOne() {
    assertThat(repo.problems("""
        environments:
          staging:
            sandbox: staging
        """)).containsExactly("stagingpro.yml:1:1: missing required key 'version' (write version: 1)");
    assertThat(repo.problems("version: 2\n" + ENVIRONMENTS.substring("version: 1\n".length())))
        .containsExactly("stagingpro.yml:1:10: version: unsupported version 2; this StagingPro reads version 1");
  }

  @Test
  void yamlSyntaxErrorIsOneProblemWithItsPlace() {
    assertThat(repo.problems("""
        version: 1
        environments:
          staging:
            sandbox: [staging
        """)).containsExactly(
        "stagingpro.yml:5:1: YAML syntax error: expected ',' or ']', but got <stream end>");
  }

  @Test
  void unquotedReferenceInsideBracesGetsAHint() {
    assertThat(repo.problems(ENVIRONMENTS + """
        notifications:
          - type: slack
            webhook_url: ${SLACK_WEBHOOK_URL}
          - { type: teams, webhook_url: ${TEAMS_WEBHOOK_URL} }
        """)).containsExactly(
        "stagingpro.yml:12:34: YAML syntax error: expected ',' or '}', but got {; inside { } or [ ] a ${VAR} reference must be"
            + " quoted: \"${VAR}\"");
  }

  @Test
  void otherSecretsMustBeReferencesToo() {
    assertThat(repo.problems(TestRepo.PRODUCTION_STORE + """
            b2b: { token: b2b-plain }
        notifications:
          - type: teams
            webhook_url: https://example.webhook.office.com/hook
          - type: email
            smtp: { host: smtp.example.com, username: ci, password: hunter2 }
            from: ci@example.com
            to: [team@example.com]
        """)).hasSize(3).allSatisfy(problem -> assertThat(problem)
            .contains("a secret cannot be written into the manifest")
            .doesNotContain("b2b-plain", "office.com", "hunter2"))
        .anySatisfy(p -> assertThat(p).startsWith("stagingpro.yml:6:19: environments.production.b2b.token:")
            .contains("${BC_PRODUCTION_B2B_TOKEN}"))
        .anySatisfy(p -> assertThat(p).startsWith("stagingpro.yml:9:18: notifications[0].webhook_url:")
            .contains("${TEAMS_WEBHOOK_URL}"))
        .anySatisfy(p -> assertThat(p).startsWith("stagingpro.yml:11:61: notifications[1].smtp.password:")
            .contains("${SMTP_PASSWORD}"));
  }

  @Test
  void migrationCannotCopyAnEnvironmentOntoItself() {
    assertThat(repo.problems(ENVIRONMENTS + """
        migrations:
          - id: loop
            from: staging
            to: staging
            mode: bulk
            entities: [brands]
        """)).containsExactly(
        "stagingpro.yml:12:9: migrations[0].to: 'staging' is also the source; a migration needs two different places");
  }

  @Test
  void selectionsMatchWhatTheEntityCanBeSelectedBy() {
    assertThat(repo.problems(ENVIRONMENTS + """
        migrations:
          - id: people
            from: production
            to: staging
            mode: selective
            entities: [customers, products]
            select:
              customers: { skus: [SHIRT-1] }
              products: everything
        """)).containsExactly(
        "stagingpro.yml:16:20: migrations[0].select.customers.skus: customers cannot be selected by SKU; use keys or all",
        "stagingpro.yml:17:17: migrations[0].select.products: expected all or a mapping of skus, categories or keys, found text");
  }

  @Test
  void sandboxStoresTakeNoCredentials() {
    assertThat(repo.problems("""
        version: 1
        environments:
          staging:
            sandbox: staging
            token: ${BC_STAGING_TOKEN}
        """)).containsExactly(
        "stagingpro.yml:5:5: environments.staging.token: is only for a BigCommerce store (store_hash); an embedded sandbox"
            + " store needs no credentials or API URL");
  }

  @Test
  void emptyManifestSaysWhatItNeeds() {
    assertThat(repo.problems("# nothing yet\n")).containsExactly(
        "stagingpro.yml:1:1: the manifest is empty; it needs at least version: 1 and environments");
  }

  @Test
  void missingManifestIsOneProblem() {
    var problems = org.assertj.core.api.Assertions.catchThrowableOfType(ManifestException.class,
        () -> ManifestLoader.load(dir.resolve("nope.yml"), dir, TestRepo.ALL_SET, true, e -> {}));
    assertThat(problems.problems()).extracting(ManifestProblem::toString)
        .containsExactly("nope.yml: not found; create the manifest (see docs/manifest.md)");
    assertThat(problems.exitCode()).isEqualTo(2);
  }

  @Test
  void everyProblemInOneFileIsReportedInOneRun() {
    ManifestException problem = repo.exception("""
        version: 1
        environments:
          production:
            store_hash: abc123
            token: plain-token-in-file
            protected: true
            aprovers: [alice]
          staging:
            sandbox: staging
            protected: false
            approvers: [bob]
        preview:
          environment: staging
          channels: -1
        migrations:
          - id: Catalogue
            from: production
            to: stagng
            mode: selective
            entities: [products, products]
          - id: customers
            from: { folder: ../outside }
            to: staging
            mode: bulk
            entities: [customer]
        """, TestRepo.ALL_SET, true);
    assertThat(problem.problems()).extracting(ManifestProblem::toString).containsExactly(
        "stagingpro.yml:5:12: environments.production.token: a secret cannot be written into the manifest (the value is not"
            + " repeated here); write a ${VAR} reference such as ${BC_PRODUCTION_TOKEN} and keep the value in an environment"
            + " variable or CI secret. If the file was committed with it, revoke that credential",
        "stagingpro.yml:7:5: environments.production.aprovers: unknown key 'aprovers'; did you mean 'approvers'?",
        "stagingpro.yml:11:5: environments.staging.approvers: approvers are only allowed on a protected environment; add"
            + " protected: true or remove approvers",
        "stagingpro.yml:14:13: preview.channels: must be at least 1",
        "stagingpro.yml:16:9: migrations[0].id: 'Catalogue' is not a valid migration id; use lowercase letters, digits, '-',"
            + " '_' and '.', starting with a letter or digit",
        "stagingpro.yml:18:9: migrations[0].to: unknown environment 'stagng'; did you mean 'staging'?",
        "stagingpro.yml:20:26: migrations[0].entities[1]: 'products' is listed twice (first at line 20)",
        "stagingpro.yml:22:21: migrations[1].from.folder: '../outside' uses '..'; paths must stay inside the repository",
        "stagingpro.yml:25:16: migrations[1].entities[0]: unknown entity 'customer'; did you mean 'customers'?");
    assertThat(problem.getMessage()).startsWith("9 problems in the manifest:\n").doesNotContain("plain-token-in-file");
    assertThat(problem.exitCode()).isEqualTo(2);
  }
}
