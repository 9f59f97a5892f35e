package org.passerelle.sharing;

import java.util.*;
import org.passerelle.benchmarks.*;

/**
 * Where an explanation's time goes: variants of the explanation written here (without the header,
 * without the "also considered" lines, with hot texts in their place, without the final string,
 * grouped by rule, lines joined beforehand...), each after a decision, in interleaved rounds, as a
 * ratio to the bare decision. Not part of the build; in the library's package to reach
 * {@code Explanations.describe}. With Bridge.java (which exposes the benchmark's generator):
 *
 *   javac -cp target/classes:benchmarks/target/benchmarks.jar -d /tmp/probe docs/benchmarks/issue9/round4/{Bridge,Probe}.java
 *   java -cp /tmp/probe:benchmarks/target/benchmarks.jar org.passerelle.sharing.Probe 1023 100
 *
 * (argument 1: the mask of the request stream, 1023 for all 1,024 requests; argument 2: rounds;
 * -Dhot=true explains decisions made beforehand, without deciding.)
 */
public class Probe {
  static char[] buf = new char[8192]; static int len;
  static StringBuilder SB = new StringBuilder(8192); static boolean useSb;
  static String[] PARTS = new String[256]; static int np; static boolean useJoin;
  static void add(String s){ if (useJoin) { PARTS[np++] = s; return; } if (useSb) { SB.append(s); return; } int n=s.length(); if (len+n>buf.length) buf=Arrays.copyOf(buf,2*(len+n)); s.getChars(0,n,buf,len); len+=n; }
  static int v;
  static String render(SharingDecision d) {
    Explanations.Text text = v==1 ? Explanations.Text.take() : null;
    len=0; useSb = v==12; SB.setLength(0); useJoin = v==13; np=0;
    if (v != 4) {
      String item = d.request().item().toString(); String recipient = d.request().recipient().toString();
      switch (d.outcome()) {
        case PERMIT_WITH_CONDITIONS: add("PERMIT_WITH_CONDITIONS: item "); add(item); add(" may go to "); add(recipient); add(" for "); add(d.request().purpose().toString()); add(", under the conditions below."); break;
        case PENDING_CONSENT: add("PENDING_CONSENT: item "); add(item); add(" may go to "); add(recipient); add(" only once its originator consents."); break;
        case ESCALATE: add("ESCALATE: a person must decide whether item "); add(item); add(" may go to "); add(recipient); add("."); break;
        default: add("DENY: item "); add(item); add(" may not go to "); add(recipient); add(" for "); add(d.request().purpose().toString()); add(".");
      }
      if (d.agreement()==null) add("\nAgreement relied on: none\n"); else { add(d.outcome().isPermit() ? "\nAgreement relied on: " : "\nAgreement considered: "); add(d.agreement().value()); add(d.outcome().isPermit() ? "\n" : " (nothing relied on)\n"); }
    }
    List<RuleHit> h=d.hits(), a=d.alsoConsidered();
    if (v==3) { int n=0; for (int i=0;i<h.size();i++) n+=ll(h.get(i)); for (int i=0;i<a.size();i++) n+=ll(a.get(i)); if (len+n>buf.length) buf=Arrays.copyOf(buf,2*(len+n)); }
    if (v!=6) for (int i=0;i<h.size();i++) line(h.get(i));
    if (v==8) { int n=0; for (int i=0;i<h.size();i++) n+=ll2(h.get(i)); for (int i=0;i<a.size();i++) n+=ll2(a.get(i)); if (len+n>buf.length) buf=Arrays.copyOf(buf,2*(len+n)); }
    if (v==16 && !a.isEmpty()) { add("Also considered (the other candidate agreements):\n"); String[] L = LINES[cur]; for (int i=0;i<L.length;i++) add(L[i]); }
    else if (v==15 && !a.isEmpty()) { add("Also considered (the other candidate agreements):\n");
      int[] keys = KEYS; int nk=0;
      for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); int k=x.rule().ordinal()*8+x.effect().ordinal(); boolean seen=false; for (int j=0;j<nk;j++) if (keys[j]==k) { seen=true; break; } if (!seen) keys[nk++]=k; }
      for (int j=0;j<nk;j++) { int k=keys[j]; add(GSTARTS[k>>3][k&7]); add(GENDS[k>>3]);
        for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); if (x.rule().ordinal()*8+x.effect().ordinal()==k) { add("  - "); add(x.reason()); add("\n"); } } } }
    else if (v==9 && !a.isEmpty()) { add("Also considered (the other candidate agreements):\n"); for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); add(x.reason()); } }
    else if (v==10 && !a.isEmpty()) { add("Also considered (the other candidate agreements):\n"); for (int i=0;i<a.size();i++) { RuleHit x=a.get(i); add(STARTS[x.rule().ordinal()][x.effect().ordinal()]); add(FILLER[x.reason().length()&127]); add(ENDS[x.rule().ordinal()]); } }
    else if (v==11 && !a.isEmpty()) { add("Also considered (the other candidate agreements):\n"); for (int i=0;i<a.size();i++) { add(STARTS[0][0]); add(FILLER[100]); add(ENDS[0]); } }
    else if (v==7 && !a.isEmpty()) { add("Also considered (the other candidate agreements):\n"); for (int i=0;i<a.size();i++) line(PACKED.get(a.get(i))); }
    else if (!a.isEmpty() && v!=5 && v!=6) { add("Also considered (the other candidate agreements):\n"); for (int i=0;i<a.size();i++) line(a.get(i)); }
    if (v != 6) { List<Condition> c=d.conditions(); if (!c.isEmpty()) { add("Conditions:\n"); for (int i=0;i<c.size();i++){ add("- "); add(Explanations.describe(c.get(i))); add("\n"); } } }
    if (text != null) text.release();
    if (v==14) return len > 0 ? "x" : "";
    if (useJoin) { String r = String.join("", Arrays.copyOf(PARTS, np)); Arrays.fill(PARTS, 0, np, null); return r; }
    return useSb ? SB.toString() : new String(buf,0,len);
  }
  static String[][] STARTS; static String[] ENDS;
  static int ll(RuleHit x){ return STARTS[x.rule().ordinal()][x.effect().ordinal()].length()+x.reason().length()+ENDS[x.rule().ordinal()].length(); }
  static int ll2(RuleHit x){ String r=x.reason(); return STARTS[x.rule().ordinal()][x.effect().ordinal()].length()+r.length()+r.charAt(r.length()-1)+r.charAt(r.length()/2)+ENDS[x.rule().ordinal()].length(); }
  static boolean HOT = Boolean.getBoolean("hot");
  static String[][] LINES; static int cur;
  static int[] KEYS = new int[512]; static String[][] GSTARTS; static String[] GENDS;
  static String[] FILLER = new String[128]; static { for (int i=0;i<128;i++) FILLER[i]="x".repeat(i+40); }
  static IdentityHashMap<RuleHit,RuleHit> PACKED = new IdentityHashMap<>();
  static void line(RuleHit x){ add(STARTS[x.rule().ordinal()][x.effect().ordinal()]); add(x.reason()); add(ENDS[x.rule().ordinal()]); }
  public static void main(String[] args) {
    SharingRule[] rules = SharingRule.values(); Outcome[] os = Outcome.values();
    STARTS = new String[rules.length][os.length]; ENDS = new String[rules.length];
    for (SharingRule r : rules) { ENDS[r.ordinal()] = " [" + r.legalSource() + "]\n";
      for (Outcome o : os) STARTS[r.ordinal()][o.ordinal()] = "- " + r.id() + " (" + r.title() + ", " + o + "): "; }
    GSTARTS = new String[rules.length][os.length]; GENDS = new String[rules.length];
    for (SharingRule r : rules) { GENDS[r.ordinal()] = " [" + r.legalSource() + "]:\n";
      for (Outcome o : os) GSTARTS[r.ordinal()][o.ordinal()] = "- " + r.id() + " (" + r.title() + ", " + o + ")"; }
    Object[] b = Bridge.make();
    SharingEngine e = SharingEngine.compile((SharingPolicy) b[0]);
    @SuppressWarnings("unchecked") List<SharingRequest> rs = (List<SharingRequest>) b[1];
    SharingDecision[] ds = new SharingDecision[rs.size()];
    for (int i=0;i<ds.length;i++) ds[i]=e.decide(rs.get(i));
    for (SharingDecision d : ds) for (RuleHit x : d.alsoConsidered()) PACKED.computeIfAbsent(x, y -> new RuleHit(y.rule(), y.effect(), new String(y.reason().toCharArray())));
    System.out.println("distinct also-considered hits " + PACKED.size());
    IdentityHashMap<RuleHit,String> lineOf = new IdentityHashMap<>(); LINES = new String[ds.length][];
    for (int i=0;i<ds.length;i++) { List<RuleHit> a=ds[i].alsoConsidered(); LINES[i]=new String[a.size()]; for (int j=0;j<a.size();j++) LINES[i][j]=lineOf.computeIfAbsent(a.get(j), x->STARTS[x.rule().ordinal()][x.effect().ordinal()]+x.reason()+ENDS[x.rule().ordinal()]); }
    int mask=Integer.parseInt(args[0]); int rounds=Integer.parseInt(args[1]);
    String[] names={"decide","+explanation()","+copy","+copy prepass","+copy no header","+copy no alsoC","+header only","+packed alsoC","+prepass 3 touches","+alsoC reason only","+alsoC hit, no reason","+alsoC no hit","+copy, StringBuilder","+copy, String.join","+copy, no string","+grouped alsoC","+joined lines"};
    int V=names.length; double[][] t=new double[V][rounds]; long sink=0; int N=20_000;
    v=15; System.out.println(render(ds[3])); long gl=0, ol=0; for (SharingDecision d : ds) { v=15; gl+=render(d).length(); v=2; ol+=render(d).length(); } System.out.println("avg chars grouped " + gl/1024 + " vs " + ol/1024);
    for (int i=0;i<ds.length;i++){ v=16; cur=i; if(!render(ds[i]).equals(ds[i].explanation())) throw new AssertionError(); v=13; if(!render(ds[i]).equals(ds[i].explanation())) throw new AssertionError(); v=12; if(!render(ds[i]).equals(ds[i].explanation())) throw new AssertionError(); v=2; if(!render(ds[i]).equals(ds[i].explanation())) throw new AssertionError(i+"\n"+render(ds[i])+"\n"+ds[i].explanation()); }
    for (int r=0;r<rounds;r++) for (int s=0;s<V;s++) { v=s; long t0=System.nanoTime();
      for (int i=0;i<N;i++) { SharingDecision d= HOT ? ds[i&mask] : e.decide(rs.get(i&mask)); cur=i&mask; sink+= s==0? d.hits().size() : s==14 ? render(d).length()+len : s==1? d.explanation().length() : render(d).length(); }
      t[s][r]=(System.nanoTime()-t0)/(double)N; }
    for (int s=0;s<V;s++){ double[] x=Arrays.copyOfRange(t[s],rounds/4,rounds); double[] q=new double[x.length]; for(int i=0;i<x.length;i++) q[i]=t[s][rounds/4+i]/t[0][rounds/4+i]; Arrays.sort(x); Arrays.sort(q);
      System.out.printf("%-16s median %5.0f ns, ratio to decide %.3f (q1 %.3f q3 %.3f)%n",names[s],x[x.length/2],q[q.length/2],q[q.length/4],q[3*q.length/4]); }
    System.out.println(sink);
  }
}
