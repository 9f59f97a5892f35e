package org.passerelle.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingRule;

/**
 * What a declarative policy test expects of a sharing decision: the {@code expect} object of a
 * policy test document (see {@code docs/policy-testing.md}).
 *
 * <p>Only the outcome is always checked; every other component is checked only when the test file
 * states it. This type is immutable and thread-safe.
 *
 * @param outcome the exact outcome expected, not null
 * @param agreement the agreement the decision must rely on, or null when not checked
 * @param noAgreement whether the decision must rely on no agreement (the file says
 *        {@code "agreement": null}); never true together with an {@code agreement}
 * @param firedRules rules that must have fired, with any effect
 * @param notFiredRules rules that must not have fired
 * @param decidingRules rules that must have fired with the decision's own outcome as their effect
 * @param conditions kinds of condition that must be attached
 * @param absentConditions kinds of condition that must not be attached
 * @param redacted the exact set of fields to redact, or null when not checked (empty: nothing redacted)
 * @param retainUntil the retention day expected, or null when not checked
 * @param respondBy the response deadline expected, or null when not checked
 */
public record ExpectedDecision(Outcome outcome, AgreementId agreement, boolean noAgreement,
        SortedSet<SharingRule> firedRules, SortedSet<SharingRule> notFiredRules,
        SortedSet<SharingRule> decidingRules, SortedSet<Condition.Kind> conditions,
        SortedSet<Condition.Kind> absentConditions, SortedSet<String> redacted, LocalDate retainUntil,
        Instant respondBy) {

    /**
     * Validates the expectation: it does not ask for an agreement and for none, nor for a rule or a
     * condition to be both present and absent.
     */
    public ExpectedDecision {
        Checks.notNull("outcome", outcome);
        if (noAgreement && agreement != null) {
            throw new InvalidInputException("agreement", agreement.value(),
                    "cannot be expected while the decision is expected to rely on no agreement");
        }
        firedRules = Checks.sortedSet("firedRules", firedRules);
        notFiredRules = Checks.sortedSet("notFiredRules", notFiredRules);
        decidingRules = Checks.sortedSet("decidingRules", decidingRules);
        conditions = Checks.sortedSet("conditions", conditions);
        absentConditions = Checks.sortedSet("absentConditions", absentConditions);
        redacted = redacted == null ? null : Checks.sortedSet("redacted", redacted);
        for (SharingRule r : notFiredRules) {
            if (firedRules.contains(r) || decidingRules.contains(r)) {
                throw new InvalidInputException("notFiredRules", r.id(),
                        "is also listed as a rule that must fire");
            }
        }
        for (Condition.Kind k : absentConditions) {
            if (conditions.contains(k)) {
                throw new InvalidInputException("absentConditions", k.name(),
                        "is also listed among the conditions that must be attached");
            }
        }
    }

    /**
     * Returns every rule this expectation names, fired or not: the rules a suite exercises by
     * checking them.
     *
     * @return the rules, sorted, not null
     */
    public SortedSet<SharingRule> namedRules() {
        TreeSet<SharingRule> all = new TreeSet<>(firedRules);
        all.addAll(decidingRules);
        all.addAll(notFiredRules);
        return Collections.unmodifiableSortedSet(all);
    }
}
