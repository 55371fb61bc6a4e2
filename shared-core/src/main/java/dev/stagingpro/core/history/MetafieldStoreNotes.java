package dev.stagingpro.core.history;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.Metafields;
import dev.stagingpro.core.store.RecordFailure;
import dev.stagingpro.core.store.model.Metafield;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link StoreNotes} kept as metafields in namespace {@value StoreNotes#NAMESPACE} with permission
 * set {@value #PERMISSION_SET}, so every API account of the store can read, update and delete
 * them: on the store itself (history, ledger, locks) or on one channel (a preview channel's
 * claim). Lists show every account's notes.
 */
public final class MetafieldStoreNotes implements StoreNotes {
  public static final String PERMISSION_SET = "write";

  private final Metafields metafields;
  private final MetafieldOwner owner;
  private final Integer resourceId;

  private MetafieldStoreNotes(Metafields metafields, MetafieldOwner owner, Integer resourceId) {
    this.metafields = metafields;
    this.owner = owner;
    this.resourceId = resourceId;
  }

  /** Notes on the store itself. */
  public static MetafieldStoreNotes onStore(Metafields metafields) {
    return new MetafieldStoreNotes(metafields, MetafieldOwner.STORE, null);
  }

  /** Notes on one channel. */
  public static MetafieldStoreNotes onChannel(Metafields metafields, int channelId) {
    return new MetafieldStoreNotes(metafields, MetafieldOwner.CHANNEL, channelId);
  }

  @Override
  public List<Note> list(String keyPrefix) {
    ListQuery query = ListQuery.where("namespace", NAMESPACE);
    try (Stream<Metafield> all = resourceId == null ? metafields.list(owner, query) : metafields.listFor(owner, resourceId, query)) {
      return all.filter(m -> m.key() != null && m.key().startsWith(keyPrefix)).map(MetafieldStoreNotes::note).toList();
    }
  }

  @Override
  public Note create(String key, String value) {
    Metafield draft = Metafield.draft(resourceId, NAMESPACE, key, value, PERMISSION_SET);
    return note(single(metafields.create(owner, List.of(draft)), "create note " + key));
  }

  @Override
  public void update(Note note, String value) {
    Metafield changed = new Metafield((int) note.id(), NAMESPACE, note.key(), value, null, PERMISSION_SET, resourceId,
        null, null, null, null);
    single(metafields.update(owner, List.of(changed)), "update note " + note.key());
  }

  /** A note another runner deleted first is gone either way: that is not an error. */
  @Override
  public void delete(Note note) {
    BatchResult<Integer> result = metafields.delete(owner, List.of((int) note.id()));
    if (result.rejected().isEmpty() || list(note.key()).stream().noneMatch(n -> n.id() == note.id())) {
      return;
    }
    single(result, "delete note " + note.key());
  }

  private <T> T single(BatchResult<T> result, String what) {
    if (!result.rejected().isEmpty() || result.succeeded().isEmpty()) {
      String why = result.failed().stream().map(RecordFailure::message).collect(Collectors.joining("; "));
      throw StagingProException.failed("Could not " + what + " (" + NAMESPACE + " metafield on the "
          + owner.name().toLowerCase(java.util.Locale.ROOT) + "): " + (why.isEmpty() ? "the store took nothing" : why));
    }
    return result.succeeded().get(0);
  }

  private static Note note(Metafield m) {
    return new Note(m.id(), m.key(), m.value(), m.ownerClientId() == null ? "" : m.ownerClientId());
  }
}
