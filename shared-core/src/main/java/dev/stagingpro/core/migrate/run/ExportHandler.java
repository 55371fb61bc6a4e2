package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.migrate.CustomerAnonymiser;
import dev.stagingpro.core.migrate.DataFolder;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.ConnectorOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code export --env X [--entities a,b] --to DIR}: writes the store's records as reviewable files
 * ({@link DataFolder}: one file per record, stable order and formatting, natural keys instead of
 * ids), which a migration can name as its {@code from}. Personal data stays out: customers are
 * anonymised unless {@code --force} asks for the real ones. The store is only read.
 */
public final class ExportHandler implements OperationHandler {
  private final ConnectorOptions connectorOptions;
  private final Adapters adapters;

  public ExportHandler() {
    this(MigrationSetup.standard());
  }

  public ExportHandler(MigrationSetup setup) {
    this.connectorOptions = setup.connector();
    this.adapters = setup.adapters();
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    String environment = request.requireEnvironment();
    Path out = request.out().orElseThrow(() -> StagingProException.badInput(
        "export needs the folder to write to (CLI --to DIR, e.g. --to data/catalogue)"));
    Path folder = workspace.repoRoot().resolve(out).normalize();
    if (!folder.startsWith(workspace.repoRoot())) {
      throw StagingProException.badInput("export --to " + out + " leads outside the repository; give a folder inside it");
    }
    Manifest manifest = workspace.loadManifest(true);
    List<Entity> entities = EntityList.parse(request.entities(), adapters, "export");
    if (entities.isEmpty()) {
      entities = Arrays.stream(Entity.values()).filter(e -> adapters.find(e).isPresent()).toList();
    }
    DataFolder data = new DataFolder(folder);
    List<String> lines = new ArrayList<>();
    try (StoreAccess access = new StoreAccess(workspace, manifest, connectorOptions, new SecretMasker())) {
      StoreSide store = access.side(environment);
      for (Entity entity : entities) {
        try (Stream<PortableRecord> records = adapters.get(entity).read(store)) {
          Stream<PortableRecord> safe = entity == Entity.CUSTOMERS && !request.force() ? records.map(CustomerAnonymiser::anonymise) : records;
          int written = data.write(entity, safe);
          lines.add("Wrote " + written + " " + entity.key() + " to " + workspace.repoRoot().relativize(folder.resolve(entity.key())));
        }
      }
      if (entities.contains(Entity.CUSTOMERS) && !request.force()) {
        lines.add("Customers are anonymised (no personal data in the repository); --force exports the real ones.");
      }
    }
    return OperationResult.success(Operation.EXPORT, lines, Map.of("out", workspace.repoRoot().relativize(folder).toString()), null);
  }
}
