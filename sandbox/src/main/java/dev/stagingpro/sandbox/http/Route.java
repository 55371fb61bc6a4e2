package dev.stagingpro.sandbox.http;

/**
 * One registered endpoint: method, path template (below {@code /stores/{hash}}, e.g.
 * {@code /v3/catalog/products/{product_id}}), handler and BigCommerce's concurrency cap for it
 * (0 = none).
 */
public final class Route {
  private final String method;
  private final String template;
  private final RouteHandler handler;
  private final String[] segments;
  private int concurrencyCap;

  Route(String method, String template, RouteHandler handler) {
    this.method = method;
    this.template = template;
    this.handler = handler;
    this.segments = template.substring(1).split("/");
  }

  /** Limits how many of these requests a store serves at once; more answer 429. */
  public Route concurrencyCap(int cap) {
    this.concurrencyCap = cap;
    return this;
  }

  public String method() {
    return method;
  }

  public String template() {
    return template;
  }

  /** The key used in the request log and counters, e.g. {@code GET /v3/catalog/products}. */
  public String key() {
    return method + " " + template;
  }

  public RouteHandler handler() {
    return handler;
  }

  public int concurrencyCap() {
    return concurrencyCap;
  }

  public boolean isWrite() {
    return !"GET".equals(method);
  }

  String[] segments() {
    return segments;
  }
}
