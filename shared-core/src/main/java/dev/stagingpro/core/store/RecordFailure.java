package dev.stagingpro.core.store;

/**
 * One record of a batch the store did not (fully) take, with the store's own message.
 *
 * @param index position of the record in the list handed to the write call
 * @param key the record's natural key (SKU, name, e-mail, ...) for reports
 * @param status HTTP status the store answered for it (207 for a partial success)
 * @param message the store's message, never containing the token
 * @param saved true when the main record was saved but a part of it failed (HTTP 207)
 */
public record RecordFailure(int index, String key, int status, String message, boolean saved) {}
