package dev.stagingpro.core.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One request for any operation, the same for every face: each face maps its own inputs (CLI
 * flags, Maven properties, Jenkins step arguments, Action inputs) onto these fields, named as in
 * docs/commands.md, and hands the request to {@link OperationRunner}. Fields an operation does
 * not use are ignored by it.
 */
public record OperationRequest(
    Operation operation,
    Optional<String> environment,
    Approval approval,
    Optional<String> ref,
    Optional<Integer> pullRequest,
    Optional<String> migration,
    Optional<Path> plan,
    Optional<Path> out,
    Optional<String> from,
    Optional<String> to,
    Optional<String> runId,
    Optional<Integer> historyEntry,
    Optional<String> at,
    Optional<String> zone,
    Optional<Duration> maxWait,
    boolean force,
    boolean reapply,
    List<String> entities,
    CiContext ci) {

  public OperationRequest {
    entities = List.copyOf(entities);
  }

  public static Builder builder(Operation operation) {
    return new Builder(operation);
  }

  /** Builds a request field by field; every face uses it, so fields keep one name everywhere. */
  public static final class Builder {
    private final Operation operation;
    private String environment;
    private Approval approval = Approval.NONE;
    private String ref;
    private Integer pullRequest;
    private String migration;
    private Path plan;
    private Path out;
    private String from;
    private String to;
    private String runId;
    private Integer historyEntry;
    private String at;
    private String zone;
    private Duration maxWait;
    private boolean force;
    private boolean reapply;
    private List<String> entities = List.of();
    private CiContext ci = CiContext.LOCAL;

    private Builder(Operation operation) {
      this.operation = operation;
    }

    public Builder environment(String value) { this.environment = blankToNull(value); return this; }
    public Builder approval(Approval value) { this.approval = value; return this; }
    public Builder ref(String value) { this.ref = blankToNull(value); return this; }
    public Builder pullRequest(Integer value) { this.pullRequest = value; return this; }
    public Builder migration(String value) { this.migration = blankToNull(value); return this; }
    public Builder plan(Path value) { this.plan = value; return this; }
    public Builder out(Path value) { this.out = value; return this; }
    public Builder from(String value) { this.from = blankToNull(value); return this; }
    public Builder to(String value) { this.to = blankToNull(value); return this; }
    public Builder runId(String value) { this.runId = blankToNull(value); return this; }
    public Builder historyEntry(Integer value) { this.historyEntry = value; return this; }
    public Builder at(String value) { this.at = blankToNull(value); return this; }
    public Builder zone(String value) { this.zone = blankToNull(value); return this; }
    public Builder maxWait(Duration value) { this.maxWait = value; return this; }
    public Builder force(boolean value) { this.force = value; return this; }
    public Builder reapply(boolean value) { this.reapply = value; return this; }
    public Builder entities(List<String> value) { this.entities = value == null ? List.of() : value; return this; }
    public Builder ci(CiContext value) { this.ci = value; return this; }

    public OperationRequest build() {
      return new OperationRequest(operation, Optional.ofNullable(environment), approval, Optional.ofNullable(ref),
          Optional.ofNullable(pullRequest), Optional.ofNullable(migration), Optional.ofNullable(plan),
          Optional.ofNullable(out), Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(runId),
          Optional.ofNullable(historyEntry), Optional.ofNullable(at), Optional.ofNullable(zone),
          Optional.ofNullable(maxWait), force, reapply, entities, ci);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  /** The environment, or a bad-input error saying which flag names it. */
  public String requireEnvironment() {
    return environment.orElseThrow(() -> dev.stagingpro.core.StagingProException.badInput(
        "'" + operation.cliName() + "' needs an environment (CLI --env, Maven -Dstagingpro.environment,"
            + " Jenkins environment:, Action environment)"));
  }
}
