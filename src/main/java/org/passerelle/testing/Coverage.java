package org.passerelle.testing;

import java.util.EnumSet;
import java.util.SortedSet;
import org.passerelle.model.Checks;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingRule;

/**
 * What a suite of policy tests never exercised: the sharing rules that fired in none of its
 * decisions and the agreements of the policy that none of its decisions relied on.
 *
 * <p>The rules considered are every rule of the catalogue that a policy decision can fire: all of
 * {@link SharingRule} except {@link SharingRule#SR_31} (logging, applied by the audited engine, not
 * by a policy) and {@link SharingRule#FAIL_CLOSED} (the engine's own error rule). This type is
 * immutable and thread-safe.
 *
 * @param unexercisedRules rules that fired in no decision of the suite
 * @param unexercisedAgreements agreements of the policy that no decision of the suite relied on
 */
public record Coverage(SortedSet<SharingRule> unexercisedRules, SortedSet<AgreementId> unexercisedAgreements) {

    /**
     * Validates the coverage.
     */
    public Coverage {
        unexercisedRules = Checks.sortedSet("unexercisedRules", unexercisedRules);
        unexercisedAgreements = Checks.sortedSet("unexercisedAgreements", unexercisedAgreements);
    }

    /**
     * Returns the rules a suite can exercise: every sharing rule but SR-31 and FAIL-CLOSED.
     *
     * @return the rules, in catalogue order, not null
     */
    public static SortedSet<SharingRule> coverableRules() {
        EnumSet<SharingRule> rules = EnumSet.allOf(SharingRule.class);
        rules.remove(SharingRule.SR_31);
        rules.remove(SharingRule.FAIL_CLOSED);
        return Checks.sortedSet("rules", rules);
    }

    /**
     * Returns whether the suite exercised every rule and every agreement.
     *
     * @return true when nothing is left unexercised
     */
    public boolean isComplete() {
        return unexercisedRules.isEmpty() && unexercisedAgreements.isEmpty();
    }

    /**
     * Returns the report printed by the command-line tool: one line for rules, one for agreements.
     *
     * @return the report, two lines, not null
     */
    public String report() {
        return "Rules no test exercised: " + list(unexercisedRules) + "\n"
                + "Agreements no test relied on: " + list(unexercisedAgreements) + "\n";
    }

    private static String list(SortedSet<?> values) {
        if (values.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v);
        }
        return sb.toString();
    }
}
