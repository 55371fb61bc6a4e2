package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.git.GitRepository;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanJson;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.migrate.engine.WorkSink;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.ConnectorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plan}: classifies every record the selected migrations would touch and changes nothing
 * (sources and destinations are only read). Prints the plan for people, returns it as data, and
 * with {@code --out} saves it as JSON for {@code apply --plan}. Outputs: {@code plan-json} (the plan
 * as JSON, for every face's machine output), {@code plan-file} (the saved file, with {@code --out}),
 * {@code plan-markdown} (for PR comments), {@code plan-count-<class>}, {@code changed}.
 */
public final class PlanHandler implements OperationHandler {
  private final ConnectorOptions connectorOptions;
  private final Adapters adapters;

  public PlanHandler() {
    this(MigrationSetup.standard());
  }

  public PlanHandler(MigrationSetup setup) {
    this.connectorOptions = setup.connector();
    this.adapters = setup.adapters();
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(true);
    Optional<OperationResult> nothing = MigrationScope.nothingDeclared(manifest, request);
    if (nothing.isPresent()) {
      return nothing.get();
    }
    List<MigrationSpec> specs = MigrationScope.select(manifest, request);
    Plan plan;
    try (StoreAccess access = new StoreAccess(workspace, manifest, connectorOptions, new SecretMasker())) {
      MigrationPlanning planning = new MigrationPlanning(access, adapters);
      List<MigrationPlan> plans = new ArrayList<>();
      for (MigrationSpec spec : specs) {
        plans.add(planning.plan(spec, WorkSink.NONE, Optional.empty()));
      }
      plan = new Plan(workspace.clock().instant(), commit(workspace.repoRoot()), plans);
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    request.out().ifPresent(out -> outputs.put("plan-file", save(workspace, out, plan).toString()));
    outputs.put("plan-json", PlanJson.toJsonString(plan));
    outputs.put("plan-markdown", PlanText.markdown(plan));
    for (ChangeClass changeClass : ChangeClass.values()) {
      outputs.put("plan-count-" + changeClass.jsonName(), String.valueOf(plan.count(changeClass)));
    }
    outputs.put("changed", String.valueOf(plan.writes() > 0));
    return OperationResult.success(Operation.PLAN, PlanText.lines(plan), outputs, plan);
  }

  static Optional<String> commit(Path repoRoot) {
    return GitRepository.find(repoRoot).flatMap(repo -> {
      try (repo) {
        return repo.head().map(GitRepository.Commit::sha);
      }
    });
  }

  private static Path save(Workspace workspace, Path out, Plan plan) {
    Path file = workspace.repoRoot().resolve(out).normalize();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, PlanJson.toJsonString(plan) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw StagingProException.failed("Cannot write the plan to " + file + ": " + e.getMessage() + "; check that the folder is writable", e);
    }
  }
}
