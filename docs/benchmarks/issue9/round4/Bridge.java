package org.passerelle.benchmarks;
/** Exposes the benchmark's policy generator to Probe.java (another package). */
public class Bridge {
  public static Object[] make() { SharingPolicyGenerator g = SharingPolicyGenerator.scaled(1000, 1024, 42); return new Object[]{g.policy, g.requests}; }
}
