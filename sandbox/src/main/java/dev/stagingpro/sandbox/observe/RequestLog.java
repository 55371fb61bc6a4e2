package dev.stagingpro.sandbox.observe;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The requests one store received (the most recent ones, up to a cap) and counters per route
 * and per status, for tests and benchmarks to read.
 */
public final class RequestLog {
  private static final int KEEP = 20_000;

  private final Deque<RequestRecord> records = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final Map<String, LongAdder> perRoute = new ConcurrentHashMap<>();
  private final Map<Integer, LongAdder> perStatus = new ConcurrentHashMap<>();

  public void add(RequestRecord record) {
    records.addLast(record);
    if (size.incrementAndGet() > KEEP && records.pollFirst() != null) {
      size.decrementAndGet();
    }
    perRoute.computeIfAbsent(record.route(), k -> new LongAdder()).increment();
    perStatus.computeIfAbsent(record.status(), k -> new LongAdder()).increment();
  }

  /** The kept records, oldest first. */
  public List<RequestRecord> records() {
    return new ArrayList<>(records);
  }

  public List<RequestRecord> records(Predicate<RequestRecord> filter) {
    return records.stream().filter(filter).toList();
  }

  /** Requests on {@code route}, e.g. {@code count("PUT /v3/catalog/products")}. */
  public long count(String route) {
    LongAdder adder = perRoute.get(route);
    return adder == null ? 0 : adder.sum();
  }

  public long count(String method, String pathTemplate) {
    return count(method + " " + pathTemplate);
  }

  public long countStatus(int status) {
    LongAdder adder = perStatus.get(status);
    return adder == null ? 0 : adder.sum();
  }

  /** Counters per route, sorted by route. */
  public Map<String, Long> counters() {
    Map<String, Long> out = new TreeMap<>();
    perRoute.forEach((route, adder) -> out.put(route, adder.sum()));
    return out;
  }

  public long total() {
    return perRoute.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public void clear() {
    records.clear();
    size.set(0);
    perRoute.clear();
    perStatus.clear();
  }
}
