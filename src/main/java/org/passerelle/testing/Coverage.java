package org.passerelle.testing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.SortedSet;
import org.passerelle.model.Checks;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskRule;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingRule;

/**
 * What a suite of policy tests never exercised: for the sharing part of the policy, the sharing
 * rules that fired in none of its decisions and the agreements that none of its decisions relied
 * on; for the risk part, the risk rules that shaped none of its assessments, and the profiles and
 * indicators that matched or fired in none of them.
 *
 * <p>The sharing rules considered are every rule of the catalogue that a policy decision can fire:
 * all of {@link SharingRule} except {@link SharingRule#SR_31} (logging, applied by the audited
 * engine, not by a policy) and {@link SharingRule#FAIL_CLOSED} (the engine's own error rule). The
 * risk rules considered are all of {@link RiskRule} except {@link RiskRule#RR_09} (effectiveness,
 * computed from inspection results, not by an assessment).
 *
 * <p>A part the policy does not have is not covered: its sets are empty and {@link #report()} leaves
 * its lines out ({@link #coversSharing()}, {@link #coversRisk()}). This type is immutable and
 * thread-safe.
 *
 * @param unexercisedRules sharing rules that fired in no decision of the suite
 * @param unexercisedAgreements agreements of the policy that no decision of the suite relied on
 * @param unexercisedRiskRules risk rules that shaped no assessment of the suite
 * @param unexercisedProfiles profiles of the policy that matched no declaration of the suite
 * @param unexercisedIndicators indicators of the policy that fired in no matched profile of the suite
 * @param coversSharing whether the policy has a sharing part (at least one agency), so that the
 *        sharing sets are reported
 * @param coversRisk whether the policy has a risk part (at least one indicator or profile), so that
 *        the risk sets are reported
 */
public record Coverage(SortedSet<SharingRule> unexercisedRules, SortedSet<AgreementId> unexercisedAgreements,
        SortedSet<RiskRule> unexercisedRiskRules, SortedSet<ProfileId> unexercisedProfiles,
        SortedSet<IndicatorId> unexercisedIndicators, boolean coversSharing, boolean coversRisk) {

    /**
     * Validates the coverage: a part that is not covered has nothing unexercised.
     */
    public Coverage {
        unexercisedRules = Checks.sortedSet("unexercisedRules", unexercisedRules);
        unexercisedAgreements = Checks.sortedSet("unexercisedAgreements", unexercisedAgreements);
        unexercisedRiskRules = Checks.sortedSet("unexercisedRiskRules", unexercisedRiskRules);
        unexercisedProfiles = Checks.sortedSet("unexercisedProfiles", unexercisedProfiles);
        unexercisedIndicators = Checks.sortedSet("unexercisedIndicators", unexercisedIndicators);
        if (!coversSharing && !(unexercisedRules.isEmpty() && unexercisedAgreements.isEmpty())) {
            throw new IllegalArgumentException("sharing coverage given for a policy without a sharing part");
        }
        if (!coversRisk && !(unexercisedRiskRules.isEmpty() && unexercisedProfiles.isEmpty()
                && unexercisedIndicators.isEmpty())) {
            throw new IllegalArgumentException("risk coverage given for a policy without a risk part");
        }
    }

    /**
     * Creates the coverage of a sharing policy, without a risk part.
     *
     * @param unexercisedRules sharing rules that fired in no decision of the suite, not null
     * @param unexercisedAgreements agreements that no decision of the suite relied on, not null
     */
    public Coverage(SortedSet<SharingRule> unexercisedRules, SortedSet<AgreementId> unexercisedAgreements) {
        this(unexercisedRules, unexercisedAgreements, Collections.emptySortedSet(), Collections.emptySortedSet(),
                Collections.emptySortedSet(), true, false);
    }

    /**
     * Returns the sharing rules a suite can exercise: every sharing rule but SR-31 and FAIL-CLOSED.
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
     * Returns the risk rules a suite can exercise: every risk rule but RR-09 (effectiveness, measured on
     * history) and RR-FC (fail closed, an engine error no policy can provoke).
     *
     * @return the rules, in catalogue order, not null
     */
    public static SortedSet<RiskRule> coverableRiskRules() {
        EnumSet<RiskRule> rules = EnumSet.allOf(RiskRule.class);
        rules.remove(RiskRule.RR_09);
        rules.remove(RiskRule.FAIL_CLOSED);
        return Checks.sortedSet("riskRules", rules);
    }

    /**
     * Returns whether the suite exercised every rule, agreement, profile and indicator of the parts
     * the policy has.
     *
     * @return true when nothing is left unexercised
     */
    public boolean isComplete() {
        return unexercisedRules.isEmpty() && unexercisedAgreements.isEmpty() && unexercisedRiskRules.isEmpty()
                && unexercisedProfiles.isEmpty() && unexercisedIndicators.isEmpty();
    }

    /**
     * Returns the report printed by the command-line tool: for the sharing part, one line for rules
     * and one for agreements; for the risk part, one line each for risk rules, profiles and
     * indicators.
     *
     * @return the report, one line per set of the parts covered, not null
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        if (coversSharing) {
            sb.append("Rules no test exercised: ").append(list(unexercisedRules)).append('\n');
            sb.append("Agreements no test relied on: ").append(list(unexercisedAgreements)).append('\n');
        }
        if (coversRisk) {
            sb.append("Risk rules no test exercised: ").append(list(unexercisedRiskRules)).append('\n');
            sb.append("Profiles no test matched: ").append(list(unexercisedProfiles)).append('\n');
            sb.append("Indicators no test fired: ").append(list(unexercisedIndicators)).append('\n');
        }
        return sb.toString();
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
