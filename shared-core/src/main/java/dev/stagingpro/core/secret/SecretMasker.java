package dev.stagingpro.core.secret;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Masks every known secret in text that leaves the process (log lines, reports, PR comments).
 * Faces register each secret they resolve, and pass output through {@link #mask(String)}.
 */
public final class SecretMasker {
  private final List<Secret> secrets = new CopyOnWriteArrayList<>();

  public void register(Secret secret) {
    if (secret != null && !secret.isEmpty() && !secrets.contains(secret)) {
      secrets.add(secret);
    }
  }

  public void registerAll(Collection<Secret> all) {
    all.forEach(this::register);
  }

  public String mask(String text) {
    String masked = text;
    for (Secret secret : secrets) {
      masked = secret.maskIn(masked);
    }
    return masked;
  }
}
