package dev.stagingpro.connectorit.support;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.stagingpro.core.store.RequestObserver.SentRequest;
import java.util.regex.Pattern;

/**
 * Defects of promotions.v3.yml that {@link OfficialSpecs} works around. Its bulk deletes list
 * example names ("422 - Error Deleting") as media types of their answers, and the validator
 * stops when it compares them with the request's Accept header, so that header is not checked
 * there (nor reported missing). An update of an automatic promotion fits both patch schemas of the PUT (the automatic one
 * is a subset of the coupon one), so "matched 2 out of 2" is not the request's fault.
 */
final class PricingSpecDefects {
  private static final Pattern BULK_DELETES = Pattern.compile("/v3/promotions(/[^/]+/codes)?");

  private PricingSpecDefects() {}

  /** False for the Accept header of a promotion bulk delete. */
  static boolean checksHeader(SentRequest sent, String path, String header) {
    return !("DELETE".equals(sent.method()) && "Accept".equalsIgnoreCase(header) && BULK_DELETES.matcher(path).matches());
  }

  static boolean tolerated(String specFile, String method, String path, ValidationReport.Message m) {
    if (!"promotions.v3.yml".equals(specFile)) {
      return false;
    }
    boolean acceptNotChecked = "DELETE".equals(method) && BULK_DELETES.matcher(path).matches()
        && m.getKey().equals("validation.request.parameter.header.missing") && m.getMessage().contains("'Accept'");
    boolean bothPatchSchemas = "PUT".equals(method) && path.matches("/v3/promotions/[^/]+")
        && m.getKey().equals("validation.request.body.schema.oneOf") && m.getMessage().contains("matched 2 out of 2");
    return acceptNotChecked || bothPatchSchemas;
  }
}
