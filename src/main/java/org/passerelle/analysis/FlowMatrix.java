package org.passerelle.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.IntendedUse;

/**
 * The flow matrix of a policy over a period: every holder, recipient, information category and
 * purpose for which some item may flow (the outcome is not {@link org.passerelle.sharing.Outcome#DENY}
 * on at least one day), with the best outcome reachable. A combination that is not in the matrix is
 * refused on every day of the period, for every item.
 *
 * <p>Immutable and thread-safe.
 */
public final class FlowMatrix {
    private final LocalDate from;
    private final LocalDate to;
    private final IntendedUse intendedUse;
    private final SortedMap<Flow.Key, Flow> flows;
    private final int decisions;
    /** The indexes of the item classes of the decision space that reach at least one flow. */
    final java.util.BitSet reaching;

    /** The decisions asked for the classes of each holder. */
    final Map<AgencyId, Integer> decisionsByHolder;

    FlowMatrix(LocalDate from, LocalDate to, IntendedUse intendedUse, Map<Flow.Key, Flow> flows,
            Map<AgencyId, Integer> decisionsByHolder, java.util.BitSet reaching) {
        this.decisionsByHolder = Map.copyOf(decisionsByHolder);
        int sum = 0;
        for (int n : decisionsByHolder.values()) {
            sum += n;
        }
        int decisions = sum;
        this.reaching = (java.util.BitSet) reaching.clone();
        this.from = from;
        this.to = to;
        this.intendedUse = intendedUse;
        this.flows = Collections.unmodifiableSortedMap(new TreeMap<>(flows));
        this.decisions = decisions;
    }

    /**
     * Returns the first day of the period.
     *
     * @return the day, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the last day of the period.
     *
     * @return the day, not null
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the intended use the requests of the analysis declare.
     *
     * @return the use, not null
     */
    public IntendedUse intendedUse() {
        return intendedUse;
    }

    /**
     * Returns every flow, sorted by holder, recipient, category and purpose.
     *
     * @return the flows, not null
     */
    public List<Flow> flows() {
        return List.copyOf(flows.values());
    }

    /**
     * Returns the flow at a key, if any item may flow there.
     *
     * @param key the key, not null
     * @return the flow, or empty when every request there is refused
     */
    public Optional<Flow> flow(Flow.Key key) {
        return Optional.ofNullable(flows.get(key));
    }

    /**
     * Returns what one agency may receive from another: the flows from a holder to a recipient.
     *
     * @param holder the holder, not null
     * @param recipient the recipient, not null
     * @return the flows, sorted, possibly empty
     */
    public List<Flow> between(AgencyId holder, AgencyId recipient) {
        List<Flow> out = new ArrayList<>();
        for (Flow f : flows.values()) {
            if (f.holder().equals(holder) && f.recipient().equals(recipient)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Returns how many decisions the engine made to compute this matrix.
     *
     * @return the number of decisions
     */
    public int decisions() {
        return decisions;
    }

    /**
     * Returns how many flows the matrix holds.
     *
     * @return the number of flows
     */
    public int size() {
        return flows.size();
    }

    @Override
    public String toString() {
        return "FlowMatrix[" + from + ".." + to + ", " + intendedUse + ", " + flows.size() + " flows]";
    }
}
