package org.passerelle.testing;

import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.CompletenessFinding;
import org.passerelle.risk.FiredIndicator;
import org.passerelle.risk.FiredProfile;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskRule;
import org.passerelle.risk.RiskRuleHit;

/**
 * AssertJ assertions on an {@link Assessment}, so that tests read like the domain:
 * {@code assertThat(a).hasLane(Lane.RED).hasScore(85).firedIndicator("NEW_TRADER")}.
 */
@SuppressWarnings("exports") // AssertJ / JUnit types, which the module requires static only
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

    AssessmentAssert(Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    /**
     * Verifies the lane.
     *
     * @param expected the lane
     * @return this assertion
     */
    public AssessmentAssert hasLane(Lane expected) {
        isNotNull();
        if (actual.lane() != expected) {
            failWithMessage("Expected lane %s but was %s.%n%s", expected, actual.lane(), actual.explanation());
        }
        return this;
    }

    /**
     * Verifies the score.
     *
     * @param expected the score
     * @return this assertion
     */
    public AssessmentAssert hasScore(int expected) {
        isNotNull();
        if (actual.score() != expected) {
            failWithMessage("Expected score %s but was %s.%n%s", expected, actual.score(), actual.explanation());
        }
        return this;
    }

    /**
     * Verifies that an indicator fired in a profile an examiner may see.
     *
     * @param id the indicator id
     * @return this assertion
     */
    public AssessmentAssert firedIndicator(String id) {
        isNotNull();
        if (actual.firedIndicators().stream().noneMatch(i -> i.id().value().equals(id))) {
            failWithMessage("Expected indicator %s to fire but fired were %s", id, indicatorIds());
        }
        return this;
    }

    /**
     * Verifies that an indicator did not fire in a profile an examiner may see.
     *
     * @param id the indicator id
     * @return this assertion
     */
    public AssessmentAssert didNotFireIndicator(String id) {
        isNotNull();
        if (actual.firedIndicators().stream().anyMatch(i -> i.id().value().equals(id))) {
            failWithMessage("Expected indicator %s not to fire but fired were %s", id, indicatorIds());
        }
        return this;
    }

    /**
     * Verifies exactly which indicators fired in profiles an examiner may see.
     *
     * @param ids the indicator ids, in any order
     * @return this assertion
     */
    public AssessmentAssert firedExactlyIndicators(String... ids) {
        isNotNull();
        org.assertj.core.api.Assertions.assertThat(actual.firedIndicators())
                .extracting(i -> i.id().value())
                .as("fired indicators of %s", actual.declarationReference())
                .containsExactlyInAnyOrder(ids);
        return this;
    }

    /**
     * Verifies that a profile matched, with a lane.
     *
     * @param id the profile id
     * @param lane the lane the profile calls for
     * @return this assertion
     */
    public AssessmentAssert firedProfile(String id, Lane lane) {
        isNotNull();
        FiredProfile p = actual.firedProfile(id).orElse(null);
        if (p == null) {
            failWithMessage("Expected profile %s to match but matched were %s", id,
                    actual.firedProfiles().stream().map(f -> f.id().value()).collect(Collectors.toList()));
        } else if (p.lane() != lane) {
            failWithMessage("Expected profile %s to call for %s but it called for %s", id, lane, p.lane());
        }
        return this;
    }

    /**
     * Verifies that a profile did not match.
     *
     * @param id the profile id
     * @return this assertion
     */
    public AssessmentAssert didNotFireProfile(String id) {
        isNotNull();
        if (actual.firedProfile(id).isPresent()) {
            failWithMessage("Expected profile %s not to match", id);
        }
        return this;
    }

    /**
     * Verifies that the declaration was selected at random.
     *
     * @return this assertion
     */
    public AssessmentAssert isRandom() {
        isNotNull();
        if (!actual.isRandom()) {
            failWithMessage("Expected %s to be selected at random", actual.declarationReference());
        }
        return this;
    }

    /**
     * Verifies that the declaration was not selected at random.
     *
     * @return this assertion
     */
    public AssessmentAssert isNotRandom() {
        isNotNull();
        if (actual.isRandom()) {
            failWithMessage("Expected %s not to be selected at random", actual.declarationReference());
        }
        return this;
    }

    /**
     * Verifies that AEO priority treatment applies.
     *
     * @return this assertion
     */
    public AssessmentAssert isPriority() {
        isNotNull();
        if (!actual.isPriority()) {
            failWithMessage("Expected priority treatment for %s", actual.declarationReference());
        }
        return this;
    }

    /**
     * Verifies that the declaration passed the completeness check.
     *
     * @return this assertion
     */
    public AssessmentAssert isComplete() {
        isNotNull();
        if (!actual.isComplete()) {
            failWithMessage("Expected a complete declaration but found %s", actual.completenessFindings());
        }
        return this;
    }

    /**
     * Verifies that the completeness check found a gap of a kind.
     *
     * @param kind the kind of finding
     * @return this assertion
     */
    public AssessmentAssert hasCompletenessFinding(CompletenessFinding.Kind kind) {
        isNotNull();
        if (actual.completenessFindings().stream().noneMatch(f -> f.kind() == kind)) {
            failWithMessage("Expected a completeness finding %s but found %s", kind, actual.completenessFindings());
        }
        return this;
    }

    /**
     * Verifies that a rule shaped the assessment.
     *
     * @param ruleId the rule id, such as {@code RR-05}
     * @return this assertion
     */
    public AssessmentAssert byRule(String ruleId) {
        isNotNull();
        if (!actual.hasRuleHit(RiskRule.ofId(ruleId))) {
            failWithMessage("Expected rule %s to apply but the rule hits were %s", ruleId, ruleHits());
        }
        return this;
    }

    /**
     * Verifies that a rule did not shape the assessment.
     *
     * @param ruleId the rule id, such as {@code RR-05}
     * @return this assertion
     */
    public AssessmentAssert notByRule(String ruleId) {
        isNotNull();
        if (actual.hasRuleHit(RiskRule.ofId(ruleId))) {
            failWithMessage("Expected rule %s not to apply but the rule hits were %s", ruleId, ruleHits());
        }
        return this;
    }

    /**
     * Verifies that the examiner's explanation contains none of the texts.
     *
     * @param texts texts that must not leak
     * @return this assertion
     */
    public AssessmentAssert explanationDoesNotContain(String... texts) {
        isNotNull();
        String e = actual.explanation();
        for (String t : texts) {
            if (e.contains(t)) {
                failWithMessage("Expected the explanation not to contain \"%s\" but it was:%n%s", t, e);
            }
        }
        return this;
    }

    private String indicatorIds() {
        return actual.firedIndicators().stream().map(FiredIndicator::id).map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private String ruleHits() {
        return actual.ruleHits().stream().map(RiskRuleHit::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
