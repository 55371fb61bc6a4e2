package dev.stagingpro.core.ci;

import dev.stagingpro.core.secret.Secret;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One credential fetched from a CI store: secret text (an API token) or a username with password
 * (the legacy B2B Edition login). Serializable so a controller can hand it to the build agent
 * that runs the work; it holds the plain value, but {@link #toString()} shows only the id.
 */
public sealed interface Credential extends Serializable permits Credential.SecretText, Credential.UsernamePassword {
  /** The id it was fetched by (never secret). */
  String id();

  /** Every secret value in it, for the log masker. */
  List<Secret> secrets();

  static Credential secretText(String id, Secret text) {
    return new SecretText(id, text.reveal());
  }

  static Credential usernamePassword(String id, String username, Secret password) {
    return new UsernamePassword(id, username, password.reveal());
  }

  /** A token or other single secret value. */
  final class SecretText implements Credential {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String text;

    private SecretText(String id, String text) {
      this.id = Objects.requireNonNull(id, "id");
      this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public String id() {
      return id;
    }

    public Secret text() {
      return Secret.of(text);
    }

    @Override
    public List<Secret> secrets() {
      return List.of(text());
    }

    @Override
    public String toString() {
      return "secret text '" + id + "'";
    }
  }

  /** A login; the username (an e-mail address for B2B Edition) is masked as well, it names the admin. */
  final class UsernamePassword implements Credential {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String username;
    private final String password;

    private UsernamePassword(String id, String username, String password) {
      this.id = Objects.requireNonNull(id, "id");
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
    }

    @Override
    public String id() {
      return id;
    }

    public String username() {
      return username;
    }

    public Secret password() {
      return Secret.of(password);
    }

    @Override
    public List<Secret> secrets() {
      return List.of(Secret.of(username), password());
    }

    @Override
    public String toString() {
      return "username with password '" + id + "'";
    }
  }
}
