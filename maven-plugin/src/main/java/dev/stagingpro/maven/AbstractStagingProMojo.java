package dev.stagingpro.maven;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ci.CredentialBinding;
import dev.stagingpro.core.ci.DurationText;
import dev.stagingpro.core.ci.LogMasker;
import dev.stagingpro.core.ci.ProgressLog;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ManifestLoader;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.RemoteEnvironments;
import dev.stagingpro.core.ops.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Every goal: maps the {@code stagingpro.*} parameters onto one core {@link OperationRequest},
 * runs it, and turns the result into Maven's terms (log lines, project properties, build
 * failure). Fields an operation does not use are ignored by the core; the goals differ only in
 * their operation.
 */
public abstract class AbstractStagingProMojo extends AbstractMojo {
  /** Prefix of the project properties that carry an operation's outputs to later plugins. */
  static final String OUTPUT_PROPERTY_PREFIX = "stagingpro.output.";

  /** The manifest; relative paths in it are resolved against its folder. */
  @Parameter(property = "stagingpro.manifest", defaultValue = "${project.basedir}/" + Workspace.MANIFEST_NAME)
  File manifest;

  /** The environment (as named in the manifest) the goal works on. */
  @Parameter(property = "stagingpro.environment")
  String environment;

  /** Approves a write to a protected environment (the CI actor must be among its approvers, if listed). */
  @Parameter(property = "stagingpro.approve", defaultValue = "false")
  boolean approve;

  /** Skips the goal. */
  @Parameter(property = "stagingpro.skip", defaultValue = "false")
  boolean skip;

  /** Git ref (branch, tag or commit) to build the theme from; the working tree when not set. */
  @Parameter(property = "stagingpro.ref")
  String ref;

  /** Pull-request number, for preview and preview-cleanup. */
  @Parameter(property = "stagingpro.pr")
  Integer pr;

  /** Id of one migration in the manifest; all migrations when not set. */
  @Parameter(property = "stagingpro.migration")
  String migration;

  /** A saved plan that apply applies exactly (plan saves one with out). */
  @Parameter(property = "stagingpro.plan")
  File plan;

  /** Where the output goes: the zip (bundle), the plan (plan), the data folder (export). */
  @Parameter(property = "stagingpro.out")
  File out;

  /** Source environment (theme-copy). */
  @Parameter(property = "stagingpro.from")
  String from;

  /** Destination environment (theme-copy). */
  @Parameter(property = "stagingpro.to")
  String to;

  /** A migration run id: restore undoes it, apply retries its failed records. */
  @Parameter(property = "stagingpro.runId")
  String runId;

  /** A history entry number (rollback). */
  @Parameter(property = "stagingpro.entry")
  Integer entry;

  /** When to run, in the store's time zone unless zone is given (scheduled deploy and apply). */
  @Parameter(property = "stagingpro.at")
  String at;

  /** Time zone for at, e.g. Europe/Berlin. */
  @Parameter(property = "stagingpro.zone")
  String zone;

  /** How long to wait for store jobs: 90s, 10m, 1h30m or ISO-8601 (PT1H30M). */
  @Parameter(property = "stagingpro.maxWait")
  String maxWait;

  /** Go ahead despite a lock or a refused check that the core lets be overridden. */
  @Parameter(property = "stagingpro.force", defaultValue = "false")
  boolean force;

  /** Apply again records an earlier run already applied. */
  @Parameter(property = "stagingpro.reapply", defaultValue = "false")
  boolean reapply;

  /** Entities to work on (reset, export), as named in the manifest; a comma-separated list on the command line. */
  @Parameter(property = "stagingpro.entities")
  List<String> entities;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Component
  SettingsDecrypter settingsDecrypter;

  private final Operation operation;

  protected AbstractStagingProMojo(Operation operation) {
    this.operation = operation;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    String goal = operation.goal();
    if (skip) {
      getLog().info("StagingPro " + goal + " skipped (stagingpro.skip)");
      return;
    }
    Path manifestFile = manifest.toPath();
    if (!Files.exists(manifestFile) && project != null && !project.isExecutionRoot()) {
      // a multi-module build runs the goal in every module; only those with a manifest take part
      getLog().info("No " + manifestFile + ": StagingPro " + goal + " skipped in this module");
      return;
    }
    // every line the goal writes passes the masker: settings.xml tokens and every ${VAR} value read
    LogMasker masker = new LogMasker(line -> getLog().info(line), line -> getLog().warn(line), line -> getLog().error(line));
    try {
      OperationRequest request = toRequest(ciContext());
      Workspace workspace = workspace(manifestFile, request, masker);
      OperationResult result = OperationRunner.standard().run(workspace, request);
      result.lines().forEach(masker::println);
      result.outputs().forEach((key, value) -> {
        if (getLog().isDebugEnabled()) {
          getLog().debug(masker.mask(OUTPUT_PROPERTY_PREFIX + key + " = " + value));
        }
        if (project != null) {
          project.getProperties().setProperty(OUTPUT_PROPERTY_PREFIX + key, masker.mask(value));
        }
      });
      if (!result.success()) {
        throw new MojoFailureException("StagingPro " + goal + " did not succeed; see the lines above");
      }
      afterSuccess(result);
    } catch (StagingProException e) {
      throw new MojoFailureException(masker.mask(e.getMessage()));
    } catch (RuntimeException e) {
      throw new MojoExecutionException(masker.mask("StagingPro " + goal + " failed unexpectedly: " + e), e);
    }
  }

  /** The request these parameters describe; package-private so the mapping is tested without Maven. */
  OperationRequest toRequest(CiContext ci) {
    OperationRequest.Builder request = OperationRequest.builder(operation)
        .environment(environment)
        .approval(approve ? Approval.approvedBy(ci.actor().orElse(null)) : Approval.NONE)
        .ref(ref)
        .pullRequest(pr)
        .migration(migration)
        .plan(path(plan))
        .out(path(out))
        .from(from)
        .to(to)
        .runId(runId)
        .historyEntry(entry)
        .at(at)
        .zone(zone)
        .maxWait(maxWait == null || maxWait.isBlank() ? null : DurationText.parse("stagingpro.maxWait", maxWait))
        .force(force)
        .reapply(reapply)
        .entities(entityList())
        .ci(ci);
    completeRequest(request);
    return request.build();
  }

  /** Lets a goal fill in a Maven-specific default (e.g. the bundle zip under target/). */
  protected void completeRequest(OperationRequest.Builder request) {}

  /** What a goal does with a successful result besides logging it (e.g. attach the bundle). */
  protected void afterSuccess(OperationResult result) throws MojoExecutionException {}

  protected final Operation operation() {
    return operation;
  }

  private CiContext ciContext() {
    boolean interactive = session == null || session.getRequest().isInteractiveMode();
    return ciContext(CiContext.fromEnvironment(System::getenv), interactive);
  }

  /** CI actor and run URL from the usual variables; batch mode (-B) means a CI log, so plain lines. */
  static CiContext ciContext(CiContext fromEnvironment, boolean interactive) {
    return new CiContext(fromEnvironment.actor(), fromEnvironment.runUrl(), fromEnvironment.inCi() || !interactive);
  }

  private Workspace workspace(Path manifestFile, OperationRequest request, LogMasker masker) {
    Path repoRoot = manifestFile.toAbsolutePath().getParent();
    EnvLookup env = EnvLookup.system();
    SettingsCredentials credentials = new SettingsCredentials(session == null ? null : session.getSettings(), settingsDecrypter);
    boolean offline = session != null && session.isOffline();
    boolean mayReachStore = offline && operation != Operation.VALIDATE && operation != Operation.BUNDLE;
    if (credentials.any() || mayReachStore) {
      // the manifest says which variable each environment's token is in, and which environments are sandboxes
      Manifest declared = ManifestLoader.load(manifestFile, repoRoot, env, false, ProgressListener.NONE);
      if (mayReachStore) {
        refuseRemoteStores(declared, request);
      }
      CredentialBinding binding = credentials.bind(declared);
      masker.registerAll(binding.secrets());
      binding.describe().forEach(masker::println);
      env = binding.lookup(declared).orElse(env);
    }
    return new Workspace(repoRoot, manifestFile, masker.watching(env), new ProgressLog(masker), Clock.systemUTC());
  }

  private void refuseRemoteStores(Manifest declared, OperationRequest request) {
    SortedSet<String> remote = RemoteEnvironments.of(declared, request);
    if (!remote.isEmpty()) {
      throw StagingProException.badInput("Maven is offline (-o), but '" + operation.goal() + "' would reach the store of "
          + (remote.size() == 1 ? "environment " : "environments ") + String.join(", ", remote)
          + "; run without -o, or use a sandbox environment");
    }
  }

  private List<String> entityList() {
    if (entities == null) {
      return List.of();
    }
    // Maven splits a -D list on commas only for some versions; accept both shapes
    return entities.stream()
        .flatMap(e -> Arrays.stream(e.split(",")))
        .map(String::trim)
        .filter(e -> !e.isEmpty())
        .toList();
  }

  private static Path path(File file) {
    return file == null ? null : file.toPath();
  }
}
