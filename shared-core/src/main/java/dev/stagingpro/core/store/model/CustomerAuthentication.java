package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How a created customer signs in: a new password, or a forced reset on first sign-in. The store
 * never returns passwords; {@link #toString()} masks the one sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerAuthentication(Boolean forcePasswordReset, String newPassword) {
  public static CustomerAuthentication forceReset() {
    return new CustomerAuthentication(true, null);
  }

  @Override
  public String toString() {
    return "CustomerAuthentication[forcePasswordReset=" + forcePasswordReset
        + ", newPassword=" + (newPassword == null ? "null" : "****") + "]";
  }
}
