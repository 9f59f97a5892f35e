package org.passerelle.analysis;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingRequest;

/**
 * One cell of a flow matrix: information of a category held by one agency, going to another for a
 * purpose, with the best outcome reachable in the period, the agreement that gives it and its
 * conditions, and one concrete request that shows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holder the agency that holds the information
 * @param recipient the agency that would receive it
 * @param category the information category
 * @param purpose the purpose of the recipient
 * @param outcome the best outcome reachable in the period (never {@link Outcome#DENY} in a matrix)
 * @param agreement the agreement the best decision relies on, or null when it relies on none
 * @param conditions the conditions of the best decision
 * @param witness a request that the engine decides with this outcome (its item and instant included)
 * @param items how many items of the policy reach a non-refused outcome on this flow; 0 when only an
 *        item the law allows but that the facts do not hold yet (a hypothetical item) reaches it
 */
public record Flow(AgencyId holder, AgencyId recipient, InformationCategory category, PurposeId purpose,
        Outcome outcome, AgreementId agreement, List<Condition> conditions, SharingRequest witness, int items) {

    /**
     * Checks and copies the components.
     */
    public Flow {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(witness, "witness");
    }

    /**
     * Returns the key of this flow: holder, recipient, category and purpose.
     *
     * @return the key, not null
     */
    public Key key() {
        return new Key(holder, recipient, category, purpose);
    }

    /**
     * Returns the kinds of the conditions, sorted.
     *
     * @return the kinds, not null
     */
    public SortedSet<Condition.Kind> conditionKinds() {
        SortedSet<Condition.Kind> kinds = new TreeSet<>();
        for (Condition c : conditions) {
            kinds.add(c.kind());
        }
        return kinds;
    }

    /**
     * Returns whether only hypothetical items reach this flow: the law allows it, no item held today does.
     *
     * @return whether the flow is open by law only
     */
    public boolean byLawOnly() {
        return items == 0;
    }

    /**
     * The coordinates of a flow: who holds, who receives, what category, for which purpose.
     *
     * @param holder the holder, not null
     * @param recipient the recipient, not null
     * @param category the category, not null
     * @param purpose the purpose, not null
     */
    public record Key(AgencyId holder, AgencyId recipient, InformationCategory category, PurposeId purpose)
            implements Comparable<Key> {

        /**
         * Checks the components.
         */
        public Key {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(purpose, "purpose");
        }

        @Override
        public int compareTo(Key o) {
            int c = holder.compareTo(o.holder);
            if (c == 0) {
                c = recipient.compareTo(o.recipient);
            }
            if (c == 0) {
                c = category.compareTo(o.category);
            }
            return c != 0 ? c : purpose.compareTo(o.purpose);
        }

        @Override
        public String toString() {
            return holder + " -> " + recipient + " " + category + " for " + purpose;
        }
    }
}
