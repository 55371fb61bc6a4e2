package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.model.StoreInfo;

/**
 * The one start-up call ({@code GET /v2/store}) that proves the store hash and token work, with
 * an error that says which of the two is wrong. It names the environment and store hash, never the
 * token.
 */
final class AccessCheck {
  static final ApiRequest STORE = ApiRequest.get("v2", "/store");

  private AccessCheck() {}

  static StoreInfo verify(HttpExecutor http, StoreEndpoint endpoint) {
    ApiResponse response;
    try {
      response = http.send(STORE, HttpExecutor.Repeat.SAFE);
    } catch (StoreApiException e) {
      throw StagingProException.failed("Cannot reach the store of environment '" + endpoint.environment() + "' at "
          + endpoint.apiUrl() + ": " + e.storeMessage(), e);
    }
    String env = "environment '" + endpoint.environment() + "'";
    switch (response.status()) {
      case 401 -> throw StagingProException.badInput("The API token of " + env
          + " was refused (401 Unauthorized): it is wrong, revoked, or belongs to another store."
          + " Set the token variable to a valid store API account token.");
      case 403 -> throw StagingProException.badInput("The API token of " + env
          + " lacks a scope (403 Forbidden): give its API account the scopes StagingPro needs"
          + " (at least 'Information & settings' read-only, plus the scopes of the data it moves).");
      case 404 -> throw StagingProException.badInput("No store with hash '" + endpoint.storeHash() + "' at "
          + endpoint.apiUrl() + " (404 Not Found): check store_hash (and api_url) of " + env + ".");
      default -> {
        // checked below
      }
    }
    http.requireSuccess(STORE, response);
    return Json.MAPPER.convertValue(response.json(), StoreInfo.class);
  }
}
