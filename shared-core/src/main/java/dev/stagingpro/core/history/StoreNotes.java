package dev.stagingpro.core.history;

import java.util.List;

/**
 * Small records StagingPro keeps in the destination store itself — deployment history, the
 * migration ledger, migration locks — so every CI runner that can reach the store sees them,
 * whichever API account it uses. Backed by store metafields in namespace {@value #NAMESPACE},
 * which are scoped per API account: each account writes its own, and every account can read and
 * write the others' (permission set {@code write}).
 */
public interface StoreNotes {
  String NAMESPACE = "stagingpro";

  /** A value holds at most this many characters (the store's metafield limit). */
  int MAX_VALUE_LENGTH = 65_535;

  /** Every account's notes whose key starts with {@code keyPrefix}. */
  List<Note> list(String keyPrefix);

  /** Creates a note of this account's. Keys are made unique by the caller (e.g. with a run id). */
  Note create(String key, String value);

  void update(Note note, String value);

  void delete(Note note);

  /** One note; {@code owner} is the API account that wrote it. */
  record Note(long id, String key, String value, String owner) {}
}
