package org.tatawwu.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tatawwu.impl.hours.HourIndex;

/**
 * Totals per volunteer over 20,000,000 approved entries of 1,000,000 volunteers: Tatawwu's index
 * (running totals kept on approval), {@code Collectors.groupingBy(summingLong)} over entry objects,
 * and a plain scan of primitive arrays — in one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
public class HourTotalsBenchmark {
  static final int ENTRIES = 20_000_000;
  static final int VOLUNTEERS = 1_000_000;

  /** An approved entry as an object: what a straightforward implementation keeps. */
  record Approved(String volunteer, long minutes) {}

  HourIndex index;
  List<Approved> objects;
  int[] volunteer;
  int[] minutes;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    String[] names = new String[VOLUNTEERS];
    index = new HourIndex();
    for (int v = 0; v < VOLUNTEERS; v++) {
      names[v] = "V" + v;
      index.internVolunteer(names[v]);
    }
    volunteer = new int[ENTRIES];
    minutes = new int[ENTRIES];
    objects = new ArrayList<>(ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
      int v = r.nextInt(VOLUNTEERS);
      int m = 15 * (1 + r.nextInt(32));
      volunteer[i] = v;
      minutes[i] = m;
      objects.add(new Approved(names[v], m));
      index.add(v, 0, 20_000 + r.nextInt(365), m, false, i);
    }
  }

  @Benchmark
  public long[] tatawwuTotalsByVolunteer() {
    return index.approvedMinutesByVolunteer();
  }

  @Benchmark
  public long[] primitiveArrayScan() {
    long[] totals = new long[VOLUNTEERS];
    for (int i = 0; i < ENTRIES; i++) {
      totals[volunteer[i]] += minutes[i];
    }
    return totals;
  }

  @Benchmark
  public Map<String, Long> groupingBySummingLong() {
    return objects.stream()
        .collect(
            Collectors.groupingBy(Approved::volunteer, Collectors.summingLong(Approved::minutes)));
  }
}
