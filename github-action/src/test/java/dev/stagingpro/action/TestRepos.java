package dev.stagingpro.action;

import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.ManifestLoader;
import java.nio.file.Path;

/**
 * The repository the entrypoint tests run on: a manifest with embedded sandbox environments (so
 * preview and plan need no outside store once their handlers land), a protected production
 * store whose token comes from a secret, and a small valid Stencil theme.
 */
final class TestRepos {
  static final String STORE_TOKEN = "bc-store-token-9f8e7d6c5b4a";

  static final String MANIFEST = """
      version: 1
      environments:
        staging:
          sandbox: staging
        production:
          store_hash: abc123
          token: ${BC_PRODUCTION_TOKEN}
          protected: true
          approvers: [release-manager]
      theme:
        path: theme
      preview:
        environment: staging
        channels: 2
      """;

  private TestRepos() {}

  static void demo(ActionFixture action) {
    action.set("BC_PRODUCTION_TOKEN", STORE_TOKEN)
        .file("stagingpro.yml", MANIFEST)
        .file("theme/config.json", """
            {
              "name": "Fixture",
              "version": "1.0.0",
              "meta": {"author_name": "StagingPro", "author_email": "dev@stagingpro.dev", "author_support_url": "https://stagingpro.dev"},
              "settings": {"color": "#ffffff"},
              "variations": [{"name": "Light", "id": "light", "meta": {"description": "Light"}, "settings": {}}]
            }
            """)
        .file("theme/schema.json", "[]\n")
        .file("theme/lang/en.json", "{\"home\": {\"title\": \"Welcome\"}}\n")
        .file("theme/templates/layout/base.html", "<html><body>{{{block \"page\"}}}</body></html>\n")
        .file("theme/templates/pages/home.html", "---\n---\n{{#partial \"page\"}}<h1>{{lang 'home.title'}}</h1>{{/partial}}\n{{> layout/base}}\n");
  }

  /**
   * Whether the core can load manifests yet. Until it can, {@code validate} ends in an internal
   * error, and the Action must say so rather than claim a result.
   */
  static boolean coreLoadsManifests(ActionFixture action) {
    try {
      ManifestLoader.load(action.workspace.resolve("stagingpro.yml"), action.workspace,
          EnvLookup.of(java.util.Map.of("BC_PRODUCTION_TOKEN", STORE_TOKEN)), false, ProgressListener.NONE);
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /** The validate row the report must show for {@link #MANIFEST}. */
  static String expectedValidateRow(ActionFixture action) {
    return coreLoadsManifests(action)
        ? "| `validate` | ✅ passed |"
        : "| `validate` | ❌ failed | internal error in 'validate': java.lang.UnsupportedOperationException: manifest loading is not written yet |";
  }

  /**
   * The row a step the run had to skip shows: skipped with {@code why} once the core has the
   * operation, "not available" until then.
   */
  static String skippedRow(dev.stagingpro.core.ops.Operation operation, String why) {
    String name = "| `" + operation.cliName() + "` | ";
    return dev.stagingpro.core.ops.OperationRunner.standard().supports(operation)
        ? name + "⏭️ skipped | " + why
        : name + "⚪ not available | not available in this version of StagingPro yet |";
  }

  /** The exit code must agree with the report: non-zero exactly when a step failed. */
  static boolean exitAgreesWithReport(ActionFixture.Result result) {
    return (result.exitCode() != 0) == result.summary().contains("| ❌ failed |");
  }

  static Path manifest(ActionFixture action) {
    return action.workspace.resolve("stagingpro.yml");
  }
}
