package dev.stagingpro.sandbox;

import dev.stagingpro.core.secret.Secret;

/**
 * An API account of a sandbox store: a name, the client id that owns metafields it writes, and
 * its access token (sent as {@code X-Auth-Token}). {@code toString} never shows the token.
 */
public record ApiAccount(String name, String clientId, Secret token) {}
