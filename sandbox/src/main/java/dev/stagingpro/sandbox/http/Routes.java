package dev.stagingpro.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table. Areas register their endpoints here; a request path is matched segment by
 * segment, literal segments winning over {@code {parameters}} (so {@code /catalog/products/metafields}
 * beats {@code /catalog/products/{product_id}}).
 */
public final class Routes {
  /** A matched route with its path parameters. */
  public record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  public Route get(String template, RouteHandler handler) {
    return add("GET", template, handler);
  }

  public Route post(String template, RouteHandler handler) {
    return add("POST", template, handler);
  }

  public Route put(String template, RouteHandler handler) {
    return add("PUT", template, handler);
  }

  public Route delete(String template, RouteHandler handler) {
    return add("DELETE", template, handler);
  }

  public Route add(String method, String template, RouteHandler handler) {
    for (Route existing : routes) {
      if (existing.method().equals(method) && existing.template().equals(template)) {
        throw new IllegalStateException("Route registered twice: " + method + " " + template);
      }
    }
    Route route = new Route(method, template, handler);
    routes.add(route);
    return route;
  }

  public List<Route> all() {
    return List.copyOf(routes);
  }

  /** The best route for the method and path, or null; {@code pathKnown} is set when only the method differs. */
  public Match match(String method, String path, boolean[] pathKnown) {
    String[] parts = path.substring(1).split("/", -1);
    Route best = null;
    int bestScore = -1;
    for (Route route : routes) {
      int score = score(route.segments(), parts);
      if (score < 0) {
        continue;
      }
      if (!route.method().equals(method)) {
        pathKnown[0] = true;
        continue;
      }
      if (score > bestScore) {
        best = route;
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    String[] segments = best.segments();
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        params.put(segments[i].substring(1, segments[i].length() - 1), parts[i]);
      }
    }
    return new Match(best, params);
  }

  /** Number of literal segments matched, or -1 when the path does not fit the template. */
  private static int score(String[] segments, String[] parts) {
    if (segments.length != parts.length) {
      return -1;
    }
    int literals = 0;
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        if (parts[i].isEmpty()) {
          return -1;
        }
      } else if (segments[i].equals(parts[i])) {
        literals++;
      } else {
        return -1;
      }
    }
    return literals;
  }
}
