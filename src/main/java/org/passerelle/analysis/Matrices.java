package org.passerelle.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingRequest;

/**
 * Computes a flow matrix by asking the engine the decision of every class of the decision space,
 * classes in parallel; the result does not depend on the order the classes are computed in.
 */
final class Matrices {
    private Matrices() {
    }

    /**
     * The best decision of one item class on one flow, and its witness: the request of the flow's own
     * purpose, which the engine decides as {@code decision} (the decision may be of another purpose of
     * the same class of purposes).
     */
    private record Cell(SharingDecision decision, PurposeId purpose, int classIndex, boolean hypothetical) {
        Cell(SharingDecision decision, int classIndex, boolean hypothetical) {
            this(decision, decision.request().purpose(), classIndex, hypothetical);
        }

        SharingRequest witness(DecisionSpace space) {
            SharingRequest asked = decision.request();
            return purpose.equals(asked.purpose()) ? asked : space.request(asked.item(), asked.recipient(), purpose,
                    LocalDate.ofInstant(asked.instant(), java.time.ZoneOffset.UTC), asked.assistanceForm(), null);
        }
    }

    /**
     * What the classes of one holder contribute: their best cell per flow, the number of items held today
     * that reach each flow, the classes that reach any flow, and the number of decisions made.
     */
    private record Contribution(AgencyId holder, Map<Flow.Key, Cell> cells, Map<Flow.Key, Integer> items,
            java.util.BitSet reaching, int decisions) {
    }

    static FlowMatrix compute(DecisionSpace space, LocalDate from, LocalDate to) {
        return compute(space, from, to, true);
    }

    /**
     * Computes the matrix; without {@code refine}, every class is asked about on its own for every
     * recipient (the reference the refined computation is tested against).
     */
    static FlowMatrix compute(DecisionSpace space, LocalDate from, LocalDate to, boolean refine) {
        return compute(space, from, to, refine, null, null, null);
    }

    /**
     * Computes the matrix of a space from the matrix of an earlier space over the same facts, period,
     * use, agencies, purposes, legal areas, days, annexes and officer: the flows of a holder depend
     * only on the agreements it is a party to and, for an item it received, the one it received it
     * under (the premise of {@link DecisionSpace}: SR-01, SR-04, SR-20), so the holders that no changed
     * agreement concerns keep their flows, reached classes and decisions; the others are computed.
     * The result is the matrix {@link #compute(DecisionSpace, LocalDate, LocalDate)} gives.
     */
    static FlowMatrix update(DecisionSpace space, LocalDate from, LocalDate to, DecisionSpace earlier,
            FlowMatrix before, java.util.Set<AgencyId> changed) {
        return compute(space, from, to, true, earlier, before, changed);
    }

    private static FlowMatrix compute(DecisionSpace space, LocalDate from, LocalDate to, boolean refine,
            DecisionSpace earlier, FlowMatrix before, java.util.Set<AgencyId> changed) {
        Map<AgencyId, List<Integer>> byHolder = new LinkedHashMap<>();
        for (int i = 0; i < space.classes.size(); i++) {
            byHolder.computeIfAbsent(space.classes.get(i).holder(), k -> new ArrayList<>()).add(i);
        }
        List<Contribution> parts = byHolder.values().parallelStream()
                .map(indexes -> before != null && !changed.contains(space.classes.get(indexes.get(0)).holder())
                        ? kept(space, indexes, earlier, before) : contribution(space, indexes, refine))
                .collect(Collectors.toList());
        Map<Flow.Key, Cell> best = new HashMap<>();
        Map<Flow.Key, Integer> items = new HashMap<>();
        java.util.BitSet reaching = new java.util.BitSet();
        Map<AgencyId, Integer> decisions = new HashMap<>();
        Map<Flow.Key, Flow> flows = new HashMap<>();
        Map<AgencyId, List<Flow>> earlierFlows = new HashMap<>();
        if (before != null) {
            for (Flow f : before.flows()) {
                earlierFlows.computeIfAbsent(f.holder(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Contribution part : parts) {
            decisions.put(part.holder, part.decisions);
            if (part.cells == null) {
                for (Flow f : earlierFlows.getOrDefault(part.holder, List.of())) {
                    flows.put(f.key(), f);
                }
            } else {
                part.cells.forEach((k, cell) -> best.merge(k, cell, Matrices::better));
                part.items.forEach((k, n) -> items.merge(k, n, Integer::sum));
            }
            reaching.or(part.reaching);
        }
        for (Map.Entry<Flow.Key, Cell> e : best.entrySet()) {
            Flow.Key k = e.getKey();
            SharingDecision d = e.getValue().decision;
            flows.put(k, new Flow(k.holder(), k.recipient(), k.category(), k.purpose(), d.outcome(), d.agreement(),
                    d.conditions(), e.getValue().witness(space), items.getOrDefault(k, 0)));
        }
        return new FlowMatrix(from, to, space.use, flows, decisions, reaching);
    }

    /**
     * What the classes of a holder that no changed agreement concerns contribute: the flows of the
     * earlier matrix (taken from it, {@code cells} null), the classes it reached (the same items, so
     * the same classes, found again by their representative) and its decisions.
     */
    private static Contribution kept(DecisionSpace space, List<Integer> indexes, DecisionSpace earlier,
            FlowMatrix before) {
        AgencyId holder = space.classes.get(indexes.get(0)).holder();
        java.util.BitSet reaching = new java.util.BitSet();
        for (int index : indexes) {
            Integer old = earlier.indexOf(space.classes.get(index).representative().id());
            if (old != null && before.reaching.get(old)) {
                reaching.set(index);
            }
        }
        return new Contribution(holder, null, null, reaching, before.decisionsByHolder.getOrDefault(holder, 0));
    }

    /**
     * The contribution of the classes of one holder (indexes in increasing order). For each recipient,
     * the classes whose items differ only by restrictions that read alike for that recipient
     * ({@link org.passerelle.sharing.SourceRestrictions#readFor}) are decided alike: the engine is asked
     * about the first of them, which is also the one the per-class computation would keep on a tie.
     */
    private static Contribution contribution(DecisionSpace space, List<Integer> indexes, boolean refine) {
        AgencyId holder = space.classes.get(indexes.get(0)).holder();
        Map<AgencyId, List<Integer>> byRecipient = new LinkedHashMap<>();
        for (int index : indexes) {
            for (Agency recipient : space.recipients(space.classes.get(index))) {
                if (!recipient.id().equals(holder)) {
                    byRecipient.computeIfAbsent(recipient.id(), k -> new ArrayList<>()).add(index);
                }
            }
        }
        Map<Flow.Key, Cell> cells = new HashMap<>();
        Map<Flow.Key, Integer> items = new HashMap<>();
        java.util.BitSet reaching = new java.util.BitSet();
        int n = 0;
        int categories = org.passerelle.sharing.InformationCategory.values().length;
        for (Map.Entry<AgencyId, List<Integer>> e : byRecipient.entrySet()) {
            AgencyId recipient = e.getKey();
            // The best cell and the items reaching, by category and purpose (index in space.purposes).
            Cell[][] best = new Cell[categories][];
            int[][] reach = new int[categories][];
            Map<List<Object>, List<List<PurposeId>>> readAlike = new HashMap<>();
            Map<Long, List<Integer>> groups = new LinkedHashMap<>();
            for (int index : e.getValue()) {
                DecisionSpace.ItemClass c = space.classes.get(index);
                long key = refine ? space.readFor(c, recipient) : -1 - index;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
            }
            for (List<Integer> group : groups.values()) {
                int first = group.get(0);
                DecisionSpace.ItemClass c = space.classes.get(first);
                int category = c.representative().category().ordinal();
                if (best[category] == null) {
                    best[category] = new Cell[space.purposes.size()];
                    reach[category] = new int[space.purposes.size()];
                }
                int size = 0;
                for (int index : group) {
                    size += space.classes.get(index).size();
                }
                boolean reached = false;
                for (List<PurposeId> alike : space.purposesReadAlike(c, recipient, refine, readAlike)) {
                    PurposeId asked = alike.get(0);
                    boolean here = false;
                    for (LocalDate day : space.days) {
                        for (String form : space.forms) {
                            SharingDecision d = space.decide(space.request(c.representative().id(), recipient, asked,
                                    day, form, null));
                            n++;
                            if (d.outcome() == Outcome.DENY) {
                                continue;
                            }
                            here = true;
                            for (PurposeId purpose : alike) {
                                int p = space.purposeIndex(purpose);
                                Cell cell = new Cell(d, purpose, first, c.hypothetical());
                                Cell old = best[category][p];
                                best[category][p] = old == null ? cell : better(old, cell);
                            }
                        }
                    }
                    if (here) {
                        // Every purpose of the class is decided alike: each is reached by the group's items.
                        for (PurposeId purpose : alike) {
                            reach[category][space.purposeIndex(purpose)] += size;
                        }
                        reached = true;
                    }
                }
                if (reached) {
                    for (int index : group) {
                        reaching.set(index);
                    }
                }
            }
            for (int category = 0; category < categories; category++) {
                if (best[category] == null) {
                    continue;
                }
                for (int p = 0; p < space.purposes.size(); p++) {
                    if (best[category][p] != null) {
                        Flow.Key key = new Flow.Key(holder, recipient,
                                org.passerelle.sharing.InformationCategory.values()[category], space.purposes.get(p));
                        cells.put(key, best[category][p]);
                        items.put(key, reach[category][p]);
                    }
                }
            }
        }
        return new Contribution(holder, cells, items, reaching, n);
    }

    /**
     * The best decision for one item on each recipient and purpose, over the days and annexes of the
     * space, keyed by recipient and purpose; refused combinations are left out.
     */
    static Map<List<Object>, SharingDecision> row(DecisionSpace space, org.passerelle.model.ItemId item,
            AgencyId holder, List<Agency> recipients, List<LocalDate> days) {
        return row(space, item, holder, recipients, space.purposes, days);
    }

    /** The same, for some purposes only. */
    static Map<List<Object>, SharingDecision> row(DecisionSpace space, org.passerelle.model.ItemId item,
            AgencyId holder, List<Agency> recipients, List<PurposeId> purposes, List<LocalDate> days) {
        Map<List<Object>, SharingDecision> out = new HashMap<>();
        for (Agency recipient : recipients) {
            if (recipient.id().equals(holder)) {
                continue;
            }
            for (PurposeId purpose : purposes) {
                for (LocalDate day : days) {
                    for (String form : space.forms) {
                        SharingDecision d = space.decide(space.request(item, recipient.id(), purpose, day, form, null));
                        if (d.outcome() != Outcome.DENY) {
                            out.merge(List.of(recipient.id(), purpose), d, (a, b) -> better(new Cell(a, 0, false),
                                    new Cell(b, 0, false)).decision);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The better of two cells: the less restrictive outcome, then an item held today before a
     * hypothetical one, then fewer conditions, then the first found.
     */
    private static Cell better(Cell a, Cell b) {
        int c = Integer.compare(a.decision.outcome().ordinal(), b.decision.outcome().ordinal());
        if (c == 0) {
            c = Boolean.compare(a.hypothetical, b.hypothetical);
        }
        if (c == 0) {
            c = Integer.compare(a.decision.conditions().size(), b.decision.conditions().size());
        }
        if (c == 0) {
            c = Integer.compare(a.classIndex, b.classIndex);
        }
        if (c == 0) {
            c = a.decision.request().instant().compareTo(b.decision.request().instant());
        }
        return c <= 0 ? a : b;
    }
}
