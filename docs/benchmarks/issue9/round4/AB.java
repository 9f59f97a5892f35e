package org.passerelle.benchmarks;

import org.passerelle.sharing.*;
import java.util.*;
/**
 * Interleaved rounds in one JVM: decide; decide + explanation(); decide + copies of the explanation
 * written here (three parts a line; with the lines' lengths summed first; into a StringBuilder). The
 * ratio of each round to the bare round next to it, median and quartiles over the rounds after the
 * first quarter. Not part of the build. Run against a benchmarks jar (which holds the library):
 *
 *   javac -cp benchmarks/target/benchmarks.jar -d /tmp/ab docs/benchmarks/issue9/round4/AB.java
 *   java -cp /tmp/ab:benchmarks/target/benchmarks.jar org.passerelle.benchmarks.AB 60
 */
public class AB {
  static String[][] STARTS; static String[] ENDS;
  static char[] buf = new char[8192]; static int len;
  static void add(String s){ int n=s.length(); s.getChars(0,n,buf,len); len+=n; }
  static String old(SharingDecision d) {
    len=0;
    add("DENY: item "); add(d.request().item().toString()); add(" may not go to "); add(d.request().recipient().toString()); add(" for "); add(d.request().purpose().toString()); add(".");
    add("\nAgreement relied on: none\n");
    for (RuleHit x : d.hits()) { add(STARTS[x.rule().ordinal()][x.effect().ordinal()]); add(x.reason()); add(ENDS[x.rule().ordinal()]); }
    if (!d.alsoConsidered().isEmpty()) { add("Also considered (the other candidate agreements):\n");
      List<RuleHit> a = d.alsoConsidered(); for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); add(STARTS[x.rule().ordinal()][x.effect().ordinal()]); add(x.reason()); add(ENDS[x.rule().ordinal()]); } }
    for (Condition c : d.conditions()) { add("- "); add(c.toString()); add("\n"); }
    return new String(buf,0,len);
  }
  static int ll(RuleHit x){ return STARTS[x.rule().ordinal()][x.effect().ordinal()].length()+x.reason().length()+ENDS[x.rule().ordinal()].length(); }
  static String pre(SharingDecision d) {
    len=0;
    add("DENY: item "); add(d.request().item().toString()); add(" may not go to "); add(d.request().recipient().toString()); add(" for "); add(d.request().purpose().toString()); add(".");
    add("\nAgreement relied on: none\n");
    List<RuleHit> h=d.hits(), a=d.alsoConsidered(); int n=0;
    for (int i=0;i<h.size();i++) n+=ll(h.get(i));
    for (int i=0;i<a.size();i++) n+=ll(a.get(i));
    if (len+n+100>buf.length) buf=Arrays.copyOf(buf,len+n+100);
    for (RuleHit x : h) { add(STARTS[x.rule().ordinal()][x.effect().ordinal()]); add(x.reason()); add(ENDS[x.rule().ordinal()]); }
    if (!a.isEmpty()) { add("Also considered (the other candidate agreements):\n");
      for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); add(STARTS[x.rule().ordinal()][x.effect().ordinal()]); add(x.reason()); add(ENDS[x.rule().ordinal()]); } }
    for (Condition c : d.conditions()) { add("- "); add(c.toString()); add("\n"); }
    return new String(buf,0,len);
  }
  static StringBuilder sb=new StringBuilder(8192);
  static String tsb(SharingDecision d) {
    StringBuilder b=sb; b.setLength(0);
    b.append("DENY: item ").append(d.request().item().toString()).append(" may not go to ").append(d.request().recipient().toString()).append(" for ").append(d.request().purpose().toString()).append(".");
    b.append("\nAgreement relied on: none\n");
    List<RuleHit> h=d.hits(), a=d.alsoConsidered(); int n=0;
    for (int i=0;i<h.size();i++) n+=ll(h.get(i));
    for (int i=0;i<a.size();i++) n+=ll(a.get(i));
    b.ensureCapacity(b.length()+n+100);
    for (RuleHit x : h) { b.append(STARTS[x.rule().ordinal()][x.effect().ordinal()]).append(x.reason()).append(ENDS[x.rule().ordinal()]); }
    if (!a.isEmpty()) { b.append("Also considered (the other candidate agreements):\n");
      for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); b.append(STARTS[x.rule().ordinal()][x.effect().ordinal()]).append(x.reason()).append(ENDS[x.rule().ordinal()]); } }
    for (Condition c : d.conditions()) { b.append("- ").append(c.toString()).append("\n"); }
    return b.toString();
  }
  public static void main(String[] a) throws Exception {
    SharingRule[] rules = SharingRule.values(); Outcome[] os = Outcome.values();
    STARTS = new String[rules.length][os.length]; ENDS = new String[rules.length];
    for (SharingRule r : rules) { ENDS[r.ordinal()] = " [" + r.legalSource() + "]\n";
      for (Outcome o : os) STARTS[r.ordinal()][o.ordinal()] = "- " + r.id() + " (" + r.title() + ", " + o + "): "; }
    SharingPolicyGenerator g = SharingPolicyGenerator.scaled(1000, 1024, 42);
    SharingEngine e = SharingEngine.compile(g.policy);
    SharingRequest[] rs = g.requests.toArray(new SharingRequest[0]);
    long sink=0; int N=30_000; int rounds = a.length>0?Integer.parseInt(a[0]):40;
    double[][] t = new double[5][rounds];
    for (int round=0; round<rounds; round++) {
      for (int s=0;s<5;s++) {
        long t0=System.nanoTime();
        for (int i=0;i<N;i++) { SharingDecision d=e.decide(rs[i&1023]); sink += s==0? d.hits().size() : s==1? d.explanation().length() : s==2? old(d).length() : s==3? pre(d).length() : tsb(d).length(); }
        t[s][round]=(System.nanoTime()-t0)/(double)N;
      }
    }
    int from = rounds/4; String[] names={"decide","explanation()","old","prepass","tsb+prepass"};
    for (int v=1; v<5; v++) { double[] r=new double[rounds-from]; double[] d=Arrays.copyOfRange(t[v],from,rounds); Arrays.sort(d);
      for (int i=from;i<rounds;i++) r[i-from]=t[v][i]/t[0][i]; Arrays.sort(r);
      System.out.printf("%-14s median %5.0f ns, ratio to decide: median %.3f (q1 %.3f, q3 %.3f)%n", names[v], d[d.length/2], r[r.length/2], r[r.length/4], r[3*r.length/4]); }
    double[] d0=Arrays.copyOfRange(t[0],from,rounds); Arrays.sort(d0); System.out.printf("decide median %.0f ns%n", d0[d0.length/2]);
    System.out.println(sink);
  }
}
