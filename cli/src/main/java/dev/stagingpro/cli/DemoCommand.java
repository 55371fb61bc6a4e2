package dev.stagingpro.cli;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job on the embedded sandbox, for a first look: copies the example store repo into a
 * fresh Git repository and runs the pull-request and release flow against its {@code sandbox:}
 * environments.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the main job on the example store against embedded sandbox stores.")
final class DemoCommand implements Callable<Integer> {
  private static final String DEMO_ACTOR = "demo";

  @Option(names = "--example", paramLabel = "DIR", defaultValue = "examples/demo-store", description = "Example repository to copy (default: examples/demo-store).")
  Path example;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = ".stagingpro/demo", description = "Where the demo's Git repository is created, fresh each run.")
  Path work;

  @Spec CommandSpec spec;

  /** The flow: what a pull request runs, then what a merge runs. */
  private static List<OperationRequest> steps(CiContext ci) {
    return List.of(
        step(Operation.VALIDATE, ci).build(),
        step(Operation.BUNDLE, ci).build(),
        step(Operation.PREVIEW, ci).pullRequest(1).build(),
        step(Operation.PLAN, ci).build(),
        step(Operation.APPLY, ci).build(),
        step(Operation.DEPLOY, ci).environment("staging").build(),
        step(Operation.HISTORY, ci).environment("staging").build(),
        step(Operation.PLAN, ci).build());
  }

  /** A step as the demo's CI actor runs it, approved (production is protected). */
  private static OperationRequest.Builder step(Operation operation, CiContext ci) {
    return OperationRequest.builder(operation).approval(Approval.approvedBy(DEMO_ACTOR)).ci(ci);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path repo = prepareRepository();
    out.println("demo repository: " + repo);
    CiContext ci = new CiContext(Optional.of(DEMO_ACTOR), Optional.empty(), true);
    ConsoleListener listener = new ConsoleListener(spec.commandLine().getErr(), true);
    Workspace workspace = new Workspace(repo, repo.resolve(Workspace.MANIFEST_NAME), EnvLookup.system(), listener, Clock.systemUTC());
    OperationRunner runner = OperationRunner.standard();
    ResultPrinter printer = new ResultPrinter(out);
    List<OperationRequest> steps = steps(ci);
    for (OperationRequest request : steps) {
      out.println();
      out.println("== stagingpro " + describe(request));
      try {
        OperationResult result = runner.run(workspace, request);
        printer.print(result, false);
        if (!result.success()) {
          return StagingProException.EXIT_WORK_FAILED;
        }
      } finally {
        listener.finish();
      }
    }
    out.println();
    out.println("demo finished: all " + steps.size() + " steps ran");
    return 0;
  }

  private static String describe(OperationRequest request) {
    StringBuilder text = new StringBuilder(request.operation().cliName());
    request.environment().ifPresent(env -> text.append(" --env ").append(env));
    request.pullRequest().ifPresent(pr -> text.append(" --pr ").append(pr));
    return text.toString();
  }

  private Path prepareRepository() {
    if (!Files.isDirectory(example)) {
      throw StagingProException.badInput(example + " not found: run the demo from the StagingPro checkout, or pass --example DIR");
    }
    try {
      Path repo = work.toAbsolutePath().normalize();
      FileTrees.deleteRecursively(repo);
      FileTrees.copy(example, repo);
      try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
        git.add().addFilepattern(".").call();
        git.commit().setMessage("Example store").setAuthor("StagingPro demo", "demo@stagingpro.invalid")
            .setCommitter("StagingPro demo", "demo@stagingpro.invalid").setSign(false).call();
      }
      return repo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw StagingProException.failed("could not create the demo Git repository: " + e.getMessage(), e);
    }
  }
}
