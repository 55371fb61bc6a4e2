package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.RequestMetrics;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreEndpoints;
import dev.stagingpro.core.store.model.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stores one operation talks to, connected once per environment and closed together. Each
 * token is registered with the masker as it is resolved, so no report or message can show it.
 */
public final class StoreAccess implements AutoCloseable {
  private final Workspace workspace;
  private final Manifest manifest;
  private final ConnectorOptions options;
  private final SecretMasker masker;
  private final StoreEndpoints endpoints;
  private final Map<String, StoreSide> sides = new LinkedHashMap<>();
  private final List<AutoCloseable> open = new ArrayList<>();
  private final java.util.Set<String> launched = new java.util.HashSet<>();

  public StoreAccess(Workspace workspace, Manifest manifest, ConnectorOptions options, SecretMasker masker) {
    this.workspace = workspace;
    this.manifest = manifest;
    this.options = options.withListener(workspace.listener());
    this.masker = masker;
    this.endpoints = new StoreEndpoints(workspace);
  }

  /** The environment's store, with the channel migrations use (its first listed, or the store's default). */
  public StoreSide side(String environment) {
    StoreSide side = sides.get(environment);
    if (side == null) {
      EnvironmentSpec env = manifest.environment(environment);
      StoreEndpoints.OpenEndpoint endpoint = endpoints.open(env);
      open.add(endpoint);
      masker.register(endpoint.endpoint().token());
      StoreConnector connector = endpoint.connect(options);
      open.add(connector);
      int channel = env.channels().isEmpty() ? defaultChannel(connector) : env.channels().get(0);
      side = new StoreSide(connector, channel, env.channels().isEmpty() ? List.of(channel) : env.channels());
      sides.put(environment, side);
    }
    return side;
  }

  private static int defaultChannel(StoreConnector connector) {
    Integer id = connector.storeInfo().defaultChannelId();
    return id == null || id == 0 ? 1 : id;
  }

  /**
   * Migrations only go to a live storefront: a destination whose channel is still in prelaunch is
   * refused, naming the channel.
   */
  public void requireMigratable(String environment) {
    if (launched.contains(environment)) {
      return;
    }
    StoreSide side = side(environment);
    Channel channel = side.connector().channels().get(side.channelId()).orElseThrow(() -> StagingProException.badInput(
        "Environment '" + environment + "' names channel " + side.channelId() + ", which the store does not have"));
    if (channel.isPrelaunch()) {
      throw StagingProException.badInput("Environment '" + environment + "': storefront channel " + channel.id() + " ('"
          + channel.name() + "') is in prelaunch status, which is not a valid migration target; launch it (status active)"
          + " or name another channel in stagingpro.yml");
    }
    launched.add(environment);
  }

  /** What every connector did on the wire so far, for reports. */
  public RequestMetrics metrics() {
    RequestMetrics total = RequestMetrics.NONE;
    for (StoreSide side : sides.values()) {
      total = total.plus(side.connector().metrics().snapshot().forReport());
    }
    return total;
  }

  public Workspace workspace() {
    return workspace;
  }

  public Manifest manifest() {
    return manifest;
  }

  @Override
  public void close() {
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception ignored) {
        // closing the rest matters more
      }
    }
  }
}
