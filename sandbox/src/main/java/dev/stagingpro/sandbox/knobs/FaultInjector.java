package dev.stagingpro.sandbox.knobs;

import java.util.Random;

/** Picks the fault (if any) for each request: scripted ones first, then the seeded plan. */
public final class FaultInjector {
  private static final Fault[] ERRORS = {Fault.HTTP_500, Fault.HTTP_502, Fault.HTTP_503, Fault.HTTP_504};
  private static final Fault[] COMMIT_FAILURES = {Fault.COMMIT_THEN_DROP, Fault.COMMIT_THEN_502};

  private final Knobs knobs;
  private FaultPlan seededFor;
  private Random random;

  public FaultInjector(Knobs knobs) {
    this.knobs = knobs;
  }

  /** The fault for a request on {@code route}; commit-then-fail only hits writes. */
  public Fault next(String route, boolean write) {
    Fault scripted = knobs.takeScripted(route);
    if (scripted != null) {
      return scripted;
    }
    FaultPlan plan = knobs.faults();
    if (plan.isNone()) {
      return null;
    }
    synchronized (this) {
      if (plan != seededFor) {
        seededFor = plan;
        random = new Random(plan.seed());
      }
      double draw = random.nextDouble();
      int pick = random.nextInt(4);
      if ((draw -= plan.errorRate()) < 0) {
        return ERRORS[pick];
      }
      if ((draw -= plan.dropRate()) < 0) {
        return Fault.DROP;
      }
      if ((draw -= plan.slowRate()) < 0) {
        return Fault.SLOW;
      }
      if ((draw -= plan.commitThenFailRate()) < 0 && write) {
        return COMMIT_FAILURES[pick % 2];
      }
      return null;
    }
  }
}
