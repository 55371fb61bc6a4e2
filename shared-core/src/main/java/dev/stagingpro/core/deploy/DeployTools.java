package dev.stagingpro.core.deploy;

import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.Sleeper;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * What the theme operations wait with and connect through, injectable so tests run hours of
 * waiting on a fake clock: the sleeper (the clock is the workspace's), the timings, and a tuning
 * of the connector's options (e.g. short retry windows).
 */
public record DeployTools(Sleeper sleeper, DeployTimings timings, UnaryOperator<ConnectorOptions> connectorTuning) {
  public static DeployTools standard() {
    return new DeployTools(Sleeper.REAL, DeployTimings.standard(), UnaryOperator.identity());
  }

  /** Connector options on the workspace's clock, this sleeper and listener. */
  ConnectorOptions connectorOptions(Workspace workspace) {
    ConnectorOptions base = ConnectorOptions.defaults()
        .withTime(workspace.clock(), sleeper, new Random())
        .withListener(workspace.listener());
    return connectorTuning.apply(base);
  }
}
