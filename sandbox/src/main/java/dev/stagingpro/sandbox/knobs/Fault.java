package dev.stagingpro.sandbox.knobs;

/** A failure the sandbox can inject into one request. */
public enum Fault {
  /** Answer 500 without applying the request. */
  HTTP_500(500, false),
  HTTP_502(502, false),
  HTTP_503(503, false),
  HTTP_504(504, false),
  /** Close the connection without an answer, request not applied. */
  DROP(0, false),
  /** Apply the request (commit), then close the connection without an answer. */
  COMMIT_THEN_DROP(0, true),
  /** Apply the request (commit), then answer 502 as a failing proxy would. */
  COMMIT_THEN_502(502, true),
  /** Answer normally, but only after the plan's slow delay. */
  SLOW(0, false);

  private final int status;
  private final boolean commits;

  Fault(int status, boolean commits) {
    this.status = status;
    this.commits = commits;
  }

  /** The HTTP status answered, or 0 when the connection is dropped (or for SLOW). */
  public int status() {
    return status;
  }

  /** True when the request is applied before the failure. */
  public boolean commits() {
    return commits;
  }

  public boolean drops() {
    return this == DROP || this == COMMIT_THEN_DROP;
  }
}
