package dev.stagingpro.core.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * Describes what a manifest declares, for {@code validate}: the resolved plan (defaults filled in)
 * as lines for people and as a structure for {@code --json}. Secrets appear only as their {@code
 * ${VAR}} references; the describer never sees a value.
 */
public final class ManifestDescriber {
  private ManifestDescriber() {}

  /**
   * Lines for people and the same facts as a structure for {@code --json} (serialisable with
   * Jackson; keys in snake_case as in the manifest). Absent parts are null.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Description(
      @JsonIgnore List<String> lines,
      String file,
      int version,
      List<EnvironmentView> environments,
      ThemeView theme,
      PreviewView preview,
      List<MigrationView> migrations,
      List<NotificationView> notifications) {}

  /** {@code kind} is {@code store} (a BigCommerce store) or {@code sandbox} (an embedded sandbox store). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record EnvironmentView(
      String name,
      String kind,
      String storeHash,
      String apiUrl,
      String token,
      String sandbox,
      String stateDir,
      List<Integer> channels,
      @JsonProperty("protected") boolean isProtected,
      List<String> approvers,
      B2bView b2b) {}

  /** {@code login} is {@code token} or {@code legacy} (e-mail and password, deprecated). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record B2bView(String login, String token, String email, String password) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ThemeView(String path, String buildCommand, String buildTimeout, String variation, List<Integer> channels) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PreviewView(String environment, int channels) {}

  /** {@code fromKind} is {@code environment} or {@code folder}; {@code select} names every entity's selection. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record MigrationView(
      String id,
      String from,
      String fromKind,
      String to,
      String mode,
      List<String> entities,
      Map<String, SelectionView> select,
      OptionsView options) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record SelectionView(boolean all, List<String> skus, List<String> categories, List<String> keys) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record OptionsView(boolean copyStock, boolean anonymiseCustomers, boolean pruneImages, String categoryAssignment, boolean prune) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record NotificationView(String type, List<String> events, String webhookUrl, SmtpView smtp, String from, List<String> to) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record SmtpView(String host, int port, String security, String username, String password) {}

  public static Description describe(Manifest manifest) {
    Description facts = DescriptionViews.of(manifest);
    return new Description(DescriptionLines.of(facts), facts.file(), facts.version(), facts.environments(), facts.theme(),
        facts.preview(), facts.migrations(), facts.notifications());
  }
}
