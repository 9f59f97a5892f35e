package org.passerelle.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;

/**
 * The impact of a change of the law: every flow whose outcome or conditions change between two
 * flow matrices computed on the same facts over the same period, each with a request that shows it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangeImpact {
    private final FlowMatrix before;
    private final FlowMatrix after;
    private final List<FlowChange> changes;

    private ChangeImpact(FlowMatrix before, FlowMatrix after, List<FlowChange> changes) {
        this.before = before;
        this.after = after;
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares two flow matrices computed over the same period.
     *
     * @param before the matrix of the old law, not null
     * @param after the matrix of the new law, not null
     * @return the impact, not null
     * @throws IllegalArgumentException if the periods or the intended uses differ
     */
    public static ChangeImpact between(FlowMatrix before, FlowMatrix after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.from().equals(after.from()) || !before.to().equals(after.to())
                || before.intendedUse() != after.intendedUse()) {
            throw new IllegalArgumentException("the matrices cover different periods or uses: " + before + " and "
                    + after);
        }
        SortedSet<Flow.Key> keys = new TreeSet<>();
        for (Flow f : before.flows()) {
            keys.add(f.key());
        }
        for (Flow f : after.flows()) {
            keys.add(f.key());
        }
        List<FlowChange> changes = new ArrayList<>();
        for (Flow.Key k : keys) {
            Flow b = before.flow(k).orElse(null);
            Flow a = after.flow(k).orElse(null);
            FlowChange.Kind kind = kind(b, a);
            if (kind != null) {
                Flow shows = a == null ? b : b == null ? a : kind == FlowChange.Kind.LOST_ACCESS
                        || kind == FlowChange.Kind.STRONGER_CONDITIONS ? b : a;
                changes.add(new FlowChange(k, kind, b, a, shows.witness()));
            }
        }
        return new ChangeImpact(before, after, changes);
    }

    /** The kind of change from one flow to another, or null when nothing changed. */
    static FlowChange.Kind kind(Flow b, Flow a) {
        Outcome before = b == null ? Outcome.DENY : b.outcome();
        Outcome after = a == null ? Outcome.DENY : a.outcome();
        if (opens(before, after)) {
            return FlowChange.Kind.NEW_ACCESS;
        }
        if (opens(after, before)) {
            return FlowChange.Kind.LOST_ACCESS;
        }
        if (before != after) {
            return after.ordinal() < before.ordinal() ? FlowChange.Kind.WEAKER_CONDITIONS
                    : FlowChange.Kind.STRONGER_CONDITIONS;
        }
        if (b == null) {
            return null;
        }
        SortedSet<Condition.Kind> kb = b.conditionKinds();
        SortedSet<Condition.Kind> ka = a.conditionKinds();
        if (!kb.equals(ka)) {
            if (kb.containsAll(ka)) {
                return FlowChange.Kind.WEAKER_CONDITIONS;
            }
            if (ka.containsAll(kb)) {
                return FlowChange.Kind.STRONGER_CONDITIONS;
            }
            return FlowChange.Kind.CHANGED;
        }
        int redaction = Integer.compare(redacted(a).size(), redacted(b).size());
        if (redaction != 0 && (redacted(a).containsAll(redacted(b)) || redacted(b).containsAll(redacted(a)))) {
            return redaction < 0 ? FlowChange.Kind.WEAKER_CONDITIONS : FlowChange.Kind.STRONGER_CONDITIONS;
        }
        if (!Objects.equals(agreement(b), agreement(a)) || !comparable(b).equals(comparable(a))) {
            return FlowChange.Kind.CHANGED;
        }
        return null;
    }

    /** Whether going from one outcome to the other opens a flow: from refused to anything else, or to a permit. */
    private static boolean opens(Outcome from, Outcome to) {
        return (from == Outcome.DENY && to != Outcome.DENY) || (!from.isPermit() && to.isPermit());
    }

    private static AgreementId agreement(Flow f) {
        return f.agreement();
    }

    private static SortedSet<String> redacted(Flow f) {
        for (Condition c : f.conditions()) {
            if (c instanceof Condition.Redact r) {
                return r.fields();
            }
        }
        return new TreeSet<>();
    }

    /** The conditions without those whose value depends on the day of the witness (retention, deadline). */
    private static List<Condition> comparable(Flow f) {
        List<Condition> out = new ArrayList<>();
        for (Condition c : f.conditions()) {
            if (!(c instanceof Condition.RetainUntil) && !(c instanceof Condition.RespondBy)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Returns the matrix of the old law.
     *
     * @return the matrix, not null
     */
    public FlowMatrix before() {
        return before;
    }

    /**
     * Returns the matrix of the new law.
     *
     * @return the matrix, not null
     */
    public FlowMatrix after() {
        return after;
    }

    /**
     * Returns every change, sorted by flow.
     *
     * @return the changes, not null
     */
    public List<FlowChange> changes() {
        return changes;
    }

    /**
     * Returns the changes of one kind.
     *
     * @param kind the kind, not null
     * @return the changes, sorted by flow
     */
    public List<FlowChange> changes(FlowChange.Kind kind) {
        List<FlowChange> out = new ArrayList<>();
        for (FlowChange c : changes) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Returns whether the new law opens any flow ({@link FlowChange.Kind#NEW_ACCESS}).
     *
     * @return whether there is new access
     */
    public boolean opensNewAccess() {
        return !changes(FlowChange.Kind.NEW_ACCESS).isEmpty();
    }

    @Override
    public String toString() {
        return "ChangeImpact[" + changes.size() + " changes]";
    }
}
