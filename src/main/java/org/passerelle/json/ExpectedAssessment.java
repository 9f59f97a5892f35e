package org.passerelle.json;

import java.util.SortedSet;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Lane;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskRule;

/**
 * What a declarative risk test expects of an assessment: the {@code expect} object of a policy test
 * document that holds a declaration (see {@code docs/policy-testing.md}).
 *
 * <p>Only the lane is always checked; every other component is checked only when the test file
 * states it. This type is immutable and thread-safe.
 *
 * @param lane the exact lane expected, not null
 * @param score the exact score expected, or null when not checked
 * @param firedProfiles profiles that must have matched (with any lane, Green included)
 * @param notFiredProfiles profiles that must not have matched
 * @param firedIndicators indicators that must have fired in a matched profile
 * @param notFiredIndicators indicators that must not have fired in a matched profile
 * @param random whether the declaration must (true) or must not (false) be selected at random
 *        (RR-02), or null when not checked
 * @param complete whether the declaration must (true) or must not (false) pass the completeness
 *        check (RR-10), or null when not checked
 * @param rules risk rules that must have shaped the assessment
 */
public record ExpectedAssessment(Lane lane, Integer score, SortedSet<ProfileId> firedProfiles,
        SortedSet<ProfileId> notFiredProfiles, SortedSet<IndicatorId> firedIndicators,
        SortedSet<IndicatorId> notFiredIndicators, Boolean random, Boolean complete, SortedSet<RiskRule> rules) {

    /**
     * Validates the expectation: no profile or indicator is both required and excluded, and the
     * score is not negative.
     */
    public ExpectedAssessment {
        Checks.notNull("lane", lane);
        if (score != null && score < 0) {
            throw new InvalidInputException("score", score.toString(), "must not be negative");
        }
        firedProfiles = Checks.sortedSet("firedProfiles", firedProfiles);
        notFiredProfiles = Checks.sortedSet("notFiredProfiles", notFiredProfiles);
        firedIndicators = Checks.sortedSet("firedIndicators", firedIndicators);
        notFiredIndicators = Checks.sortedSet("notFiredIndicators", notFiredIndicators);
        rules = Checks.sortedSet("rules", rules);
        for (ProfileId p : notFiredProfiles) {
            if (firedProfiles.contains(p)) {
                throw new InvalidInputException("notFiredProfiles[]", p.value(),
                        "is also listed among the profiles that must match");
            }
        }
        for (IndicatorId i : notFiredIndicators) {
            if (firedIndicators.contains(i)) {
                throw new InvalidInputException("notFiredIndicators[]", i.value(),
                        "is also listed among the indicators that must fire");
            }
        }
    }
}
