package org.passerelle.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.PasserelleException;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingPolicy;

/**
 * The analysis of a sharing policy over a period: its flow matrix, the reverse queries, its findings,
 * and the impact of a change of its law.
 *
 * <p>Build one with {@link #of(SharingPolicy, LocalDate, LocalDate)} or {@link #builder(SharingPolicy)};
 * the flow matrix and the findings are computed on first use and kept. Every answer comes from the
 * {@link org.passerelle.sharing.SharingEngine} itself, asked once per equivalence class of requests
 * (see the package documentation and {@code docs/analysis.md}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyAnalysis {
    private final DecisionSpace space;
    private final LocalDate from;
    private final LocalDate to;
    private volatile FlowMatrix matrix;
    private volatile List<Finding> findings;

    private final boolean exhaustive;

    private PolicyAnalysis(SharingPolicy policy, LocalDate from, LocalDate to, IntendedUse use, boolean exhaustive) {
        this(new DecisionSpace(policy, from, to, use, exhaustive), from, to, exhaustive);
    }

    private PolicyAnalysis(DecisionSpace space, LocalDate from, LocalDate to, boolean exhaustive) {
        this.space = space;
        this.from = from;
        this.to = to;
        this.exhaustive = exhaustive;
    }

    /**
     * Analyses a policy over a period, for intelligence use.
     *
     * @param policy the policy, not null
     * @param from the first day, not null
     * @param to the last day, not null and not before {@code from}
     * @return the analysis, not null
     * @throws org.passerelle.model.InvalidInputException if a day is missing or the period is empty
     */
    public static PolicyAnalysis of(SharingPolicy policy, LocalDate from, LocalDate to) {
        return builder(policy).from(from).to(to).build();
    }

    /**
     * Starts a builder for the analysis of a policy.
     *
     * @param policy the policy, not null
     * @return a new builder, not null
     */
    public static Builder builder(SharingPolicy policy) {
        return new Builder(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the policy analysed.
     *
     * @return the policy, not null
     */
    public SharingPolicy policy() {
        return space.policy;
    }

    /**
     * Returns the flow matrix: every holder, recipient, category and purpose for which some item may
     * flow on some day of the period, with the best outcome reachable.
     *
     * @return the matrix, not null
     */
    public FlowMatrix flowMatrix() {
        FlowMatrix m = matrix;
        if (m == null) {
            synchronized (this) {
                m = matrix;
                if (m == null) {
                    m = Matrices.compute(space, from, to);
                    matrix = m;
                }
            }
        }
        return m;
    }

    /**
     * Answers "which agencies may receive this item for this purpose on this day, and on what
     * conditions": the best decision for each agency that is not refused, sorted by agency.
     *
     * @param item the item, not null
     * @param purpose the purpose, not null
     * @param day the day, not null
     * @return the decisions that are not refusals, one per recipient, sorted by recipient
     * @throws PasserelleException naming the item or purpose when the policy has none such
     */
    public List<SharingDecision> whoMayReceive(ItemId item, PurposeId purpose, LocalDate day) {
        Objects.requireNonNull(day, "day");
        InformationItem i = space.policy.item(Objects.requireNonNull(item, "item")).orElseThrow(
                () -> new PasserelleException("unknown item " + item + ": the policy has no such item"));
        if (!space.policy.purposes().containsKey(Objects.requireNonNull(purpose, "purpose"))) {
            throw new PasserelleException("unknown purpose " + purpose + ": the policy has no such purpose");
        }
        List<SharingDecision> out = new ArrayList<>();
        out.addAll(Matrices.row(space, item, i.holder(), space.recipients(i, day), List.of(purpose), List.of(day))
                .values());
        out.sort(Comparator.comparing(d -> d.request().recipient()));
        return out;
    }

    /**
     * Answers "what may this agency receive from that one": the flows of the matrix from a holder
     * to a recipient.
     *
     * @param recipient the recipient, not null
     * @param holder the holder, not null
     * @return the flows, sorted by category and purpose; empty when nothing may flow
     * @throws PasserelleException naming the agency when the policy has none such
     */
    public List<Flow> whatMayReceive(AgencyId recipient, AgencyId holder) {
        for (AgencyId a : List.of(Objects.requireNonNull(recipient, "recipient"), Objects.requireNonNull(holder,
                "holder"))) {
            if (!space.policy.agencies().containsKey(a)) {
                throw new PasserelleException("unknown agency " + a + ": the policy has no such agency");
            }
        }
        return flowMatrix().between(holder, recipient);
    }

    /**
     * Returns the findings: overlapping agreements with different terms, agreements that never
     * apply, purposes never granted, items no one may receive, designations and restrictions that
     * change nothing. Sorted by severity, code and element.
     *
     * @return the findings, not null
     */
    public List<Finding> findings() {
        List<Finding> f = findings;
        if (f == null) {
            synchronized (this) {
                f = findings;
                if (f == null) {
                    f = Findings.of(this, space, flowMatrix());
                    findings = f;
                }
            }
        }
        return f;
    }

    /**
     * Compares this policy's law with another's on this policy's facts (its items, consents and
     * objections), over the same period and use: every flow that the other law opens, closes or
     * conditions differently.
     *
     * @param newLaw the policy whose agencies, purposes, agreements and legal areas are the new law, not null
     * @return the impact of going from this law to the new one, not null
     * @throws org.passerelle.model.InvalidInputException if the facts name something the new law lacks
     */
    public ChangeImpact changeTo(SharingPolicy newLaw) {
        return changeTo(Objects.requireNonNull(newLaw, "newLaw").law());
    }

    /**
     * Compares this policy's law with a new law on this policy's facts (its items, consents and
     * objections), over the same period and use.
     *
     * @param newLaw the new law, not null
     * @return the impact of going from this law to the new one, not null
     * @throws org.passerelle.model.InvalidInputException if the facts name something the new law lacks
     */
    public ChangeImpact changeTo(SharingLaw newLaw) {
        SharingPolicy next = withFacts(Objects.requireNonNull(newLaw, "newLaw"), space.policy);
        // Same facts: the new space reuses this one's classes of items held today and its fact store.
        PolicyAnalysis other = new PolicyAnalysis(new DecisionSpace(next, from, to, space.use, exhaustive, space), from,
                to, exhaustive);
        FlowMatrix before = flowMatrix();
        // The holders no changed agreement concerns keep their flows (Matrices.update).
        java.util.Set<AgencyId> changed = other.space.changedHolders(space);
        if (changed != null) {
            synchronized (other) {
                other.matrix = Matrices.update(other.space, from, to, space, before, changed);
            }
        }
        return ChangeImpact.between(before, other.flowMatrix());
    }

    /** The law of one policy with the facts of another. */
    static SharingPolicy withFacts(SharingLaw law, SharingPolicy facts) {
        return SharingPolicy.builder().law(law)
                .items(facts.items().values().toArray(new InformationItem[0]))
                .consents(facts.consents().values().toArray(new org.passerelle.sharing.Consent[0]))
                .objections(facts.objections().values().toArray(new org.passerelle.sharing.Objection[0]))
                .build();
    }

    /** Another analysis over the same period and use, of a variant of the policy. */
    PolicyAnalysis variant(SharingPolicy policy) {
        return new PolicyAnalysis(policy, from, to, space.use, exhaustive);
    }

    @Override
    public String toString() {
        return "PolicyAnalysis[" + space.policy.version() + ", " + from + ".." + to + ", " + space.use + "]";
    }

    /**
     * A builder of {@link PolicyAnalysis}. Not thread-safe; the analysis it builds is.
     */
    public static final class Builder {
        private final SharingPolicy policy;
        private LocalDate from;
        private LocalDate to;
        private IntendedUse use = IntendedUse.INTELLIGENCE;
        private boolean exhaustive;

        private Builder(SharingPolicy policy) {
            this.policy = policy;
        }

        /**
         * Sets the first day of the period.
         *
         * @param value the day, not null
         * @return this builder
         */
        public Builder from(LocalDate value) {
            from = Checks.notNull("from", value);
            return this;
        }

        /**
         * Sets the last day of the period.
         *
         * @param value the day, not null
         * @return this builder
         */
        public Builder to(LocalDate value) {
            to = Checks.notNull("to", value);
            return this;
        }

        /**
         * Sets the period to one day.
         *
         * @param value the day, not null
         * @return this builder
         */
        public Builder on(LocalDate value) {
            return from(value).to(value);
        }

        /**
         * Sets the intended use the requests of the analysis declare; {@link IntendedUse#INTELLIGENCE} by default.
         *
         * @param value the use, not null
         * @return this builder
         */
        public Builder intendedUse(IntendedUse value) {
            use = Checks.notNull("intendedUse", value);
            return this;
        }

        /**
         * Asks the engine about every agency as a recipient of every item, instead of only the agencies
         * that share an agreement with the holder of an item it originated (see {@code docs/analysis.md}).
         * Slower; the answers are the same.
         *
         * @return this builder
         */
        public Builder exhaustive() {
            exhaustive = true;
            return this;
        }

        /**
         * Builds the analysis; the engine is compiled here, the matrix on first use.
         *
         * @return the analysis, not null
         * @throws org.passerelle.model.InvalidInputException if the period is missing or ends before it starts
         */
        public PolicyAnalysis build() {
            Checks.notNull("from", from);
            Checks.notNull("to", to);
            if (to.isBefore(from)) {
                throw new org.passerelle.model.InvalidInputException("to", to.toString(),
                        "must not be before from (" + from + ")");
            }
            return new PolicyAnalysis(policy, from, to, use, exhaustive);
        }
    }
}
