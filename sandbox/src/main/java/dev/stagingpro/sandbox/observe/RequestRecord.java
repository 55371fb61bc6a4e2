package dev.stagingpro.sandbox.observe;

import java.time.Instant;

/**
 * One request as the store saw it. {@code route} is the method plus the path template, e.g.
 * {@code PUT /v3/catalog/products/{product_id}}; {@code status} is 0 when the connection was
 * dropped; {@code fault} names an injected fault or is null; {@code committed} tells whether the
 * request changed the store.
 */
public record RequestRecord(
    Instant time,
    String method,
    String path,
    String query,
    String route,
    int status,
    String clientId,
    String fault,
    boolean committed,
    long micros) {}
