package dev.stagingpro.core.manifest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one entry under {@code environments:}: a BigCommerce store or an embedded sandbox store. */
final class EnvironmentReader {
  static final List<String> KEYS = List.of("store_hash", "token", "api_url", "channels", "protected", "approvers", "b2b", "sandbox");
  private static final List<String> STORE_ONLY = List.of("token", "api_url", "b2b");
  private static final List<String> B2B_KEYS = List.of("token", "email", "password");
  private static final Pattern STORE_HASH = Pattern.compile("[a-z0-9]{1,32}");
  static final Pattern API_URL = Pattern.compile("https?://[^\\s/?#]+(/\\S*)?");

  private EnvironmentReader() {}

  static Optional<EnvironmentSpec> read(String name, YamlValue value) {
    if (!Names.isValid(name)) {
      value.keyProblem(Names.invalid("environment name", name));
    }
    Optional<YamlMap> map = value.map(KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap env = map.get();
    boolean store = env.has("store_hash");
    boolean sandbox = env.has("sandbox");
    if (store && sandbox) {
      env.problem("give store_hash (a BigCommerce store) or sandbox (an embedded sandbox store), not both");
    } else if (!store && !sandbox) {
      env.problem("needs store_hash (a BigCommerce store) or sandbox (an embedded sandbox store)");
    }
    List<Integer> channels = env.get("channels").flatMap(Channels::read).orElse(List.of());
    Optional<YamlValue> protectedValue = env.get("protected");
    Optional<Boolean> protectedFlag = protectedValue.flatMap(YamlValue::bool);
    boolean isProtected = protectedFlag.orElse(false);
    List<String> approvers = env.get("approvers").flatMap(v -> v.list(YamlValue::text)).orElse(List.of());
    boolean protectedIsKnown = protectedValue.isEmpty() || protectedFlag.isPresent();
    if (protectedIsKnown && !isProtected) {
      env.get("approvers").ifPresent(v -> v.keyProblem(
          "approvers are only allowed on a protected environment; add protected: true or remove approvers"));
    }

    if (sandbox && !store) {
      for (String key : STORE_ONLY) {
        env.get(key).ifPresent(v -> v.keyProblem(
            "is only for a BigCommerce store (store_hash); an embedded sandbox store needs no credentials or API URL"));
      }
    }
    Optional<String> sandboxName = env.get("sandbox").flatMap(v -> Names.read(v, "sandbox store name"));
    Optional<String> storeHash = env.get("store_hash").flatMap(v -> v.matching(STORE_HASH, text ->
        "'" + text + "' is not a store hash; expected up to 32 lowercase letters and digits, the part after /stores/ in"
            + " the API path"));
    Optional<SecretRef> token = Optional.empty();
    Optional<EnvironmentSpec.B2bSpec> b2b = Optional.empty();
    String apiUrl = EnvironmentSpec.DEFAULT_API_URL;
    if (store && !sandbox) {
      token = env.require("token", "a ${VAR} reference to the store's API token")
          .flatMap(v -> v.secret(variableFor(name, "TOKEN")));
      apiUrl = env.get("api_url")
          .flatMap(v -> v.matching(API_URL, text -> "'" + text + "' is not an http(s) URL; write the API base such as "
              + EnvironmentSpec.DEFAULT_API_URL))
          .orElse(EnvironmentSpec.DEFAULT_API_URL);
      b2b = env.get("b2b").flatMap(v -> readB2b(name, v));
    }
    return Optional.of(new EnvironmentSpec(name, storeHash, token, sandboxName, apiUrl, channels, isProtected, approvers, b2b));
  }

  private static Optional<EnvironmentSpec.B2bSpec> readB2b(String name, YamlValue value) {
    Optional<YamlMap> map = value.map(B2B_KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap b2b = map.get();
    boolean legacy = b2b.has("email") || b2b.has("password");
    if (b2b.has("token") && legacy) {
      b2b.problem("give token (a B2B Edition API token) or the legacy email and password, not both");
      return Optional.empty();
    }
    if (legacy) {
      b2b.warning("the B2B Edition e-mail/password login is deprecated;"
          + " create a B2B Edition API token and write token: ${" + variableFor(name, "B2B_TOKEN") + "} instead");
      Optional<SecretRef> email = b2b.require("email").flatMap(v -> v.secret(variableFor(name, "B2B_EMAIL")));
      Optional<SecretRef> password = b2b.require("password").flatMap(v -> v.secret(variableFor(name, "B2B_PASSWORD")));
      return Optional.of(new EnvironmentSpec.B2bSpec(Optional.empty(), email, password));
    }
    Optional<SecretRef> token = b2b.require("token", "a ${VAR} reference to the B2B Edition API token")
        .flatMap(v -> v.secret(variableFor(name, "B2B_TOKEN")));
    return Optional.of(new EnvironmentSpec.B2bSpec(token, Optional.empty(), Optional.empty()));
  }

  /** A variable name to suggest for a secret of this environment, e.g. BC_PRODUCTION_TOKEN. */
  private static String variableFor(String environment, String what) {
    return "BC_" + environment.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_" + what;
  }
}
