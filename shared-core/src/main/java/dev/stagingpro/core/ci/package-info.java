/**
 * What the CI wrappers (Jenkins steps first) share and is not any CI product's API: named step
 * arguments to an {@link dev.stagingpro.core.ops.OperationRequest}, credentials fetched by id
 * bound onto a manifest's {@code ${VAR}} names, masked log lines, and a return value a pipeline
 * script can use. A wrapper only fetches credentials and moves these plain values around.
 */
package dev.stagingpro.core.ci;
