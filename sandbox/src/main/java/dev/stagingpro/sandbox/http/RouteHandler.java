package dev.stagingpro.sandbox.http;

/** Answers one route. Throw {@link ApiException} for error answers. */
@FunctionalInterface
public interface RouteHandler {
  Response handle(Request request);
}
