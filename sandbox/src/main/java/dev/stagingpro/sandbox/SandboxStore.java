package dev.stagingpro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.sandbox.knobs.FaultInjector;
import dev.stagingpro.sandbox.knobs.Knobs;
import dev.stagingpro.sandbox.knobs.RateLimit;
import dev.stagingpro.sandbox.knobs.RateLimiter;
import dev.stagingpro.sandbox.observe.RequestLog;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.StoreData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * One store hosted by a {@link SandboxServer}: its data, API accounts, realism knobs and request
 * log. Tests get it from {@link SandboxServer#createStore} and may change knobs and settings at
 * any time.
 */
public final class SandboxStore {
  private final SandboxServer server;
  private final StoreData data;
  private final Knobs knobs;
  private final RateLimiter limiter;
  private final FaultInjector faults;
  private final RequestLog log = new RequestLog();
  private final Map<String, Semaphore> caps = new ConcurrentHashMap<>();
  private volatile List<ApiAccount> accounts;

  SandboxStore(SandboxServer server, StoreData data, RateLimit rateLimit) {
    this.server = server;
    this.data = data;
    this.knobs = new Knobs(rateLimit);
    this.limiter = new RateLimiter(server.clock(), knobs);
    this.faults = new FaultInjector(knobs);
    this.accounts = readAccounts(data.meta());
  }

  public String hash() {
    return data.meta().get("hash").asText();
  }

  public String name() {
    return data.meta().get("name").asText();
  }

  /** The first API account, created with the store. */
  public ApiAccount account() {
    return accounts.get(0);
  }

  public Secret token() {
    return account().token();
  }

  public List<ApiAccount> accounts() {
    return accounts;
  }

  /** Issues another API account (a second app on the same store, e.g. Jenkins beside the Action). */
  public ApiAccount addAccount(String accountName) {
    return write(() -> {
      ApiAccount account = new ApiAccount(accountName, Ids.clientId(), Secret.of(Ids.token()));
      ObjectNode node = ((ArrayNode) data.meta().get("accounts")).addObject();
      node.put("name", account.name());
      node.put("client_id", account.clientId());
      node.put("token", account.token().reveal());
      data.saveMeta();
      accounts = readAccounts(data.meta());
      return account;
    });
  }

  /** The account whose token this is, or null. */
  public ApiAccount accountFor(String token) {
    if (token == null) {
      return null;
    }
    for (ApiAccount account : accounts) {
      if (account.token().reveal().equals(token)) {
        return account;
      }
    }
    return null;
  }

  public Knobs knobs() {
    return knobs;
  }

  public RequestLog requestLog() {
    return log;
  }

  public Clock clock() {
    return server.clock();
  }

  public StoreData data() {
    return data;
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:40123} (what a connector calls apiUrl). */
  public String apiUrl() {
    return server.baseUrl();
  }

  public String v3Url() {
    return apiUrl() + "/stores/" + hash() + "/v3";
  }

  public String v2Url() {
    return apiUrl() + "/stores/" + hash() + "/v2";
  }

  /** How a connector reaches this store with its first account. */
  public StoreEndpoint endpoint(String environment) {
    return new StoreEndpoint(environment, apiUrl(), hash(), token());
  }

  /** Short-lived download links served by this store's server (theme downloads). */
  public Downloads downloads() {
    return server.downloads();
  }

  /** Store settings reported by {@code /v2/store} (time zone, storefront limits, plan, ...). */
  public ObjectNode settings() {
    return (ObjectNode) data.meta().get("settings");
  }

  /** Changes one store setting, e.g. {@code setting("timezone", "Europe/Berlin")}. */
  public SandboxStore setting(String field, Object value) {
    write(() -> {
      settings().set(field, Json.MAPPER.valueToTree(value));
      data.saveMeta();
      return null;
    });
    return this;
  }

  /** Adds deterministic sample data (products, categories, brands, customers, groups). */
  public SandboxStore generate(dev.stagingpro.sandbox.gen.DataSpec spec) {
    dev.stagingpro.sandbox.gen.DataGenerator.generate(this, spec);
    return this;
  }

  /**
   * Runs {@code work} as one atomic change of this store (what a write request is): under the
   * write lock, committed when it returns, rolled back when it throws.
   */
  public <T> T write(Supplier<T> work) {
    data.lock().writeLock().lock();
    try {
      T result = work.get();
      data.commit();
      return result;
    } catch (RuntimeException e) {
      data.rollback();
      throw e;
    } finally {
      data.lock().writeLock().unlock();
    }
  }

  RateLimiter limiter() {
    return limiter;
  }

  FaultInjector faults() {
    return faults;
  }

  Semaphore cap(String route, int permits) {
    return caps.computeIfAbsent(route, r -> new Semaphore(permits));
  }

  String baseUrl() {
    return server.baseUrl();
  }

  private static List<ApiAccount> readAccounts(ObjectNode meta) {
    List<ApiAccount> out = new ArrayList<>();
    for (JsonNode node : meta.get("accounts")) {
      out.add(new ApiAccount(node.get("name").asText(), node.get("client_id").asText(), Secret.of(node.get("token").asText())));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "SandboxStore[" + name() + ", " + hash() + "]";
  }
}
