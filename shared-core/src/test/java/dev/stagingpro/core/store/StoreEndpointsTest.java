package dev.stagingpro.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.SecretRef;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.store.embedded.EmbeddedSandboxProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEndpointsTest {
  private static final String TOKEN = "tok-0123456789abcdef";

  @TempDir Path repo;

  @Test
  void aStoreEnvironmentGetsItsTokenFromTheVariable() {
    StoreEndpoints endpoints = new StoreEndpoints(workspace(Map.of("PROD_TOKEN", TOKEN)));

    try (StoreEndpoints.OpenEndpoint open = endpoints.open(store("production", "abc123", "PROD_TOKEN"))) {
      StoreEndpoint e = open.endpoint();
      assertThat(e.environment()).isEqualTo("production");
      assertThat(e.storeHash()).isEqualTo("abc123");
      assertThat(e.token().reveal()).isEqualTo(TOKEN);
      assertThat(e.v3BaseUrl()).isEqualTo("https://api.bigcommerce.com/stores/abc123/v3");
      assertThat(e.toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void anUnsetTokenVariableIsBadInputNamingEnvironmentAndVariable() {
    StoreEndpoints endpoints = new StoreEndpoints(workspace(Map.of("PROD_TOKEN", "")));

    assertThatThrownBy(() -> endpoints.open(store("production", "abc123", "PROD_TOKEN")))
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("'production'")
        .hasMessageContaining("PROD_TOKEN")
        .satisfies(e -> assertThat(((StagingProException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void aMissingStoreHashIsBadInput() {
    StoreEndpoints endpoints = new StoreEndpoints(workspace(Map.of("T", TOKEN)));

    assertThatThrownBy(() -> endpoints.open(store("staging", null, "T")))
        .hasMessageContaining("'staging'").hasMessageContaining("store_hash")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void aSandboxEnvironmentIsOpenedByTheProviderWithStateUnderTheWorkspace() {
    List<String> calls = new ArrayList<>();
    EmbeddedSandboxProvider provider = (environment, name, stateDir) -> {
      calls.add(environment + "|" + name + "|" + repo.relativize(stateDir));
      StoreEndpoint endpoint = new StoreEndpoint(environment, "http://127.0.0.1:1", "sbx", Secret.of("x"));
      return new EmbeddedSandboxProvider.OpenSandbox() {
        @Override
        public StoreEndpoint endpoint() {
          return endpoint;
        }

        @Override
        public void close() {
          calls.add("closed");
        }
      };
    };
    StoreEndpoints endpoints = new StoreEndpoints(workspace(Map.of()), () -> List.of(provider).iterator());

    try (StoreEndpoints.OpenEndpoint open = endpoints.open(sandbox("dev", "local"))) {
      assertThat(open.endpoint().storeHash()).isEqualTo("sbx");
    }

    assertThat(calls).containsExactly("dev|local|.stagingpro/sandbox/local", "closed");
  }

  @Test
  void aSandboxWithoutProviderIsAClearError() {
    StoreEndpoints endpoints = new StoreEndpoints(workspace(Map.of()), Collections::emptyIterator);

    assertThatThrownBy(() -> endpoints.open(sandbox("dev", "local")))
        .hasMessageContaining("'dev'").hasMessageContaining("stagingpro-sandbox");
  }

  @Test
  void aSandboxNameCannotLeaveTheStateFolder() {
    StoreEndpoints endpoints = new StoreEndpoints(workspace(Map.of()), Collections::emptyIterator);

    assertThatThrownBy(() -> endpoints.open(sandbox("dev", "../elsewhere")))
        .hasMessageContaining("sandbox name '../elsewhere'");
  }

  private Workspace workspace(Map<String, String> env) {
    return new Workspace(repo, repo.resolve(Workspace.MANIFEST_NAME), EnvLookup.of(env), ProgressListener.NONE,
        Clock.systemUTC());
  }

  private static EnvironmentSpec store(String name, String hash, String variable) {
    return new EnvironmentSpec(name, Optional.ofNullable(hash), Optional.of(new SecretRef(variable)), Optional.empty(),
        EnvironmentSpec.DEFAULT_API_URL, List.of(), false, List.of(), Optional.empty());
  }

  private static EnvironmentSpec sandbox(String name, String sandbox) {
    return new EnvironmentSpec(name, Optional.empty(), Optional.empty(), Optional.of(sandbox),
        EnvironmentSpec.DEFAULT_API_URL, List.of(), false, List.of(), Optional.empty());
  }
}
