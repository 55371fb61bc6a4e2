package dev.stagingpro.core.store;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.SecretRef;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.store.embedded.EmbeddedSandboxProvider;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns a manifest environment into a reachable {@link StoreEndpoint}: a store from its hash, API
 * URL and the token its {@code ${VAR}} names (read through the workspace's lookup), or an embedded
 * sandbox started through the {@link EmbeddedSandboxProvider} on the classpath, with its state under
 * {@code .stagingpro/sandbox/<name>}. Errors name the environment and the variable, never a token.
 */
public final class StoreEndpoints {
  private static final Pattern SANDBOX_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Workspace workspace;
  private final Supplier<Iterator<EmbeddedSandboxProvider>> providers;

  public StoreEndpoints(Workspace workspace) {
    this(workspace, () -> ServiceLoader.load(EmbeddedSandboxProvider.class).iterator());
  }

  /** With an explicit provider source (tests). */
  public StoreEndpoints(Workspace workspace, Supplier<Iterator<EmbeddedSandboxProvider>> providers) {
    this.workspace = workspace;
    this.providers = providers;
  }

  /** Resolves the environment; close the result when done (it stops an embedded sandbox). */
  public OpenEndpoint open(EnvironmentSpec env) {
    if (env.isSandbox()) {
      return openSandbox(env, env.sandbox().get());
    }
    return new OpenEndpoint(new StoreEndpoint(env.name(), env.apiUrl(), storeHash(env), token(env)), () -> {});
  }

  private static String storeHash(EnvironmentSpec env) {
    return env.storeHash()
        .filter(h -> !h.isBlank())
        .orElseThrow(() -> StagingProException.badInput("Environment '" + env.name()
            + "' has no store_hash: set environments." + env.name() + ".store_hash in "
            + Workspace.MANIFEST_NAME + " (or use sandbox: NAME for an embedded store)."));
  }

  private Secret token(EnvironmentSpec env) {
    SecretRef ref = env.token()
        .orElseThrow(() -> StagingProException.badInput("Environment '" + env.name()
            + "' has no token: set environments." + env.name() + ".token to a ${VARIABLE} holding the API token."));
    return ref.resolve(workspace.env())
        .orElseThrow(() -> StagingProException.badInput("Environment '" + env.name() + "' needs the API token in "
            + ref.variable() + ", which is not set (or empty): set it in the CI secret store or the shell."));
  }

  private OpenEndpoint openSandbox(EnvironmentSpec env, String name) {
    if (!SANDBOX_NAME.matcher(name).matches()) {
      throw StagingProException.badInput("Environment '" + env.name() + "': sandbox name '" + name
          + "' must be letters, digits, '.', '_' or '-' (it names a folder under " + Workspace.STATE_DIR + "/sandbox).");
    }
    Iterator<EmbeddedSandboxProvider> found = providers.get();
    if (!found.hasNext()) {
      throw StagingProException.badInput("Environment '" + env.name() + "' is an embedded sandbox, but no sandbox"
          + " is on the classpath: add the stagingpro-sandbox artifact to run sandbox environments.");
    }
    Path state = workspace.stateDir().resolve("sandbox").resolve(name);
    EmbeddedSandboxProvider.OpenSandbox sandbox = found.next().open(env.name(), name, state);
    return new OpenEndpoint(sandbox.endpoint(), sandbox::close);
  }

  /** A resolved endpoint and whatever must stop with it. */
  public static final class OpenEndpoint implements AutoCloseable {
    private final StoreEndpoint endpoint;
    private final Runnable onClose;

    OpenEndpoint(StoreEndpoint endpoint, Runnable onClose) {
      this.endpoint = endpoint;
      this.onClose = onClose;
    }

    public StoreEndpoint endpoint() {
      return endpoint;
    }

    /** Connects to the endpoint (start-up check included). */
    public StoreConnector connect(ConnectorOptions options) {
      return StoreConnectors.connect(endpoint, options);
    }

    @Override
    public void close() {
      onClose.run();
    }

    @Override
    public String toString() {
      return "OpenEndpoint[" + endpoint.environment() + "]";
    }
  }
}
