package org.passerelle.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;

/**
 * Computes a flow matrix by asking the engine the decision of every class of the decision space,
 * classes in parallel; the result does not depend on the order the classes are computed in.
 */
final class Matrices {
    private Matrices() {
    }

    /** The best decision of one item class on one flow. */
    private record Cell(SharingDecision decision, int classIndex, boolean hypothetical) {
    }

    /** What one class contributes: its best cell per flow and the number of decisions made. */
    private record Contribution(int classIndex, Map<Flow.Key, Cell> cells, int decisions) {
    }

    static FlowMatrix compute(DecisionSpace space, LocalDate from, LocalDate to) {
        List<Contribution> parts = java.util.stream.IntStream.range(0, space.classes.size()).parallel()
                .mapToObj(i -> contribution(space, i)).collect(Collectors.toList());
        Map<Flow.Key, Cell> best = new HashMap<>();
        Map<Flow.Key, Integer> items = new HashMap<>();
        int decisions = 0;
        for (Contribution part : parts) {
            decisions += part.decisions;
            int size = space.classes.get(part.classIndex).size();
            for (Map.Entry<Flow.Key, Cell> e : part.cells.entrySet()) {
                best.merge(e.getKey(), e.getValue(), Matrices::better);
                items.merge(e.getKey(), size, Integer::sum);
            }
        }
        java.util.BitSet reaching = new java.util.BitSet();
        for (Contribution part : parts) {
            if (!part.cells.isEmpty()) {
                reaching.set(part.classIndex);
            }
        }
        Map<Flow.Key, Flow> flows = new HashMap<>();
        for (Map.Entry<Flow.Key, Cell> e : best.entrySet()) {
            Flow.Key k = e.getKey();
            SharingDecision d = e.getValue().decision;
            flows.put(k, new Flow(k.holder(), k.recipient(), k.category(), k.purpose(), d.outcome(), d.agreement(),
                    d.conditions(), d.request(), items.get(k)));
        }
        return new FlowMatrix(from, to, space.use, flows, decisions, reaching);
    }

    private static Contribution contribution(DecisionSpace space, int index) {
        DecisionSpace.ItemClass c = space.classes.get(index);
        AgencyId holder = c.holder();
        Map<Flow.Key, Cell> cells = new HashMap<>();
        int n = 0;
        for (Agency recipient : space.recipients(c)) {
            if (recipient.id().equals(holder)) {
                continue;
            }
            for (PurposeId purpose : space.purposes) {
                Flow.Key key = new Flow.Key(holder, recipient.id(), c.representative().category(), purpose);
                for (LocalDate day : space.days) {
                    for (String form : space.forms) {
                        SharingDecision d = space.decide(space.request(c.representative().id(), recipient.id(), purpose,
                                day, form, null));
                        n++;
                        if (d.outcome() != Outcome.DENY) {
                            cells.merge(key, new Cell(d, index, c.hypothetical()), Matrices::better);
                        }
                    }
                }
            }
        }
        return new Contribution(index, cells, n);
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
