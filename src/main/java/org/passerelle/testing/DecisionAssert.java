package org.passerelle.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;

/**
 * AssertJ assertions on a {@link SharingDecision}, so that tests read like the domain:
 * {@code assertThat(decision).isRefused().byRule("SR-12")}.
 *
 * <p>Outcome checks: {@link #isPermitted()} accepts any permit, with or without conditions (so that
 * conditions can be chained after it); {@link #isPermittedWithoutConditions()} and
 * {@link #isPermittedWithConditions()} pin the exact outcome; {@link #isRefused()},
 * {@link #isPendingConsent()} and {@link #isEscalated()} check the others. Every failure message
 * ends with the decision's plain-language explanation.
 *
 * <p>Needs AssertJ on the class path (a test-scope dependency of the application). Not thread-safe,
 * like every AssertJ assertion.
 */
@SuppressWarnings("exports") // AssertJ / JUnit types, which the module requires static only
public final class DecisionAssert extends AbstractAssert<DecisionAssert, SharingDecision> {

    DecisionAssert(SharingDecision actual) {
        super(actual, DecisionAssert.class);
    }

    private DecisionAssert hasOutcome(Outcome expected) {
        isNotNull();
        if (actual.outcome() != expected) {
            fail("Expected outcome %s but was %s", expected, actual.outcome());
        }
        return this;
    }

    private void fail(String format, Object... args) {
        failWithMessage("%s%n--- decision ---%n%s", String.format(format, args), actual.explanation());
    }

    /**
     * Checks the outcome is {@link Outcome#DENY}.
     *
     * @return this assertion
     */
    public DecisionAssert isRefused() {
        return hasOutcome(Outcome.DENY);
    }

    /**
     * Checks the flow may go ahead: the outcome is {@link Outcome#PERMIT} or
     * {@link Outcome#PERMIT_WITH_CONDITIONS}, as {@link SharingDecision#isPermitted()} says.
     *
     * <p>Chain the conditions expected, such as
     * {@code isPermitted().withRedacted("bankAccount").relyingOn("MOU-RCA-RNP-2022")}; use
     * {@link #isPermittedWithoutConditions()} or {@link #isPermittedWithConditions()} to pin the
     * exact outcome.
     *
     * @return this assertion
     */
    public DecisionAssert isPermitted() {
        isNotNull();
        if (!actual.isPermitted()) {
            fail("Expected a permit (with or without conditions) but was %s", actual.outcome());
        }
        return this;
    }

    /**
     * Checks the outcome is a plain {@link Outcome#PERMIT}, with no condition attached.
     *
     * @return this assertion
     */
    public DecisionAssert isPermittedWithoutConditions() {
        return hasOutcome(Outcome.PERMIT);
    }

    /**
     * Checks the outcome is {@link Outcome#PERMIT_WITH_CONDITIONS}.
     *
     * @return this assertion
     */
    public DecisionAssert isPermittedWithConditions() {
        return hasOutcome(Outcome.PERMIT_WITH_CONDITIONS);
    }

    /**
     * Checks the flow may go ahead, with or without conditions: the same check as
     * {@link #isPermitted()}, kept for tests that read better with it.
     *
     * @return this assertion
     */
    public DecisionAssert letsTheFlowGo() {
        return isPermitted();
    }

    /**
     * Checks the outcome is {@link Outcome#PENDING_CONSENT}.
     *
     * @return this assertion
     */
    public DecisionAssert isPendingConsent() {
        return hasOutcome(Outcome.PENDING_CONSENT);
    }

    /**
     * Checks the outcome is {@link Outcome#ESCALATE}.
     *
     * @return this assertion
     */
    public DecisionAssert isEscalated() {
        return hasOutcome(Outcome.ESCALATE);
    }

    /**
     * Checks a rule fired with the decision's own outcome as its effect: the rule is one reason
     * for the outcome.
     *
     * @param ruleId the rule id, such as {@code SR-12}
     * @return this assertion
     */
    public DecisionAssert byRule(String ruleId) {
        isNotNull();
        for (RuleHit h : actual.allHits()) {
            if (h.ruleId().equals(ruleId) && h.effect() == actual.outcome()) {
                return this;
            }
        }
        fail("Expected rule %s to call for %s, but the rules that fired were %s", ruleId, actual.outcome(),
                actual.ruleIds());
        return this;
    }

    /**
     * Checks a rule fired, whatever its effect.
     *
     * @param ruleId the rule id, such as {@code SR-29}
     * @return this assertion
     */
    public DecisionAssert firedRule(String ruleId) {
        isNotNull();
        if (!actual.ruleIds().contains(ruleId)) {
            fail("Expected rule %s to fire, but the rules that fired were %s", ruleId, actual.ruleIds());
        }
        return this;
    }

    /**
     * Checks a rule did not fire.
     *
     * @param ruleId the rule id, such as {@code SR-02}
     * @return this assertion
     */
    public DecisionAssert didNotFire(String ruleId) {
        isNotNull();
        if (actual.ruleIds().contains(ruleId)) {
            fail("Expected rule %s not to fire, but it did", ruleId);
        }
        return this;
    }

    /**
     * Checks a rule fired with a given effect.
     *
     * @param ruleId the rule id
     * @param effect the effect expected of it
     * @return this assertion
     */
    public DecisionAssert firedRule(String ruleId, Outcome effect) {
        isNotNull();
        for (RuleHit h : actual.allHits()) {
            if (h.ruleId().equals(ruleId) && h.effect() == effect) {
                return this;
            }
        }
        fail("Expected rule %s to fire with effect %s", ruleId, effect);
        return this;
    }

    /**
     * Checks the fields are among those to redact.
     *
     * @param fields the field names
     * @return this assertion
     */
    public DecisionAssert withRedacted(String... fields) {
        isNotNull();
        for (String f : fields) {
            if (!actual.redactedFields().contains(f)) {
                fail("Expected field %s to be redacted, but the redacted fields were %s", f, actual.redactedFields());
            }
        }
        return this;
    }

    /**
     * Checks the retention limit.
     *
     * @param day the day expected
     * @return this assertion
     */
    public DecisionAssert retainedUntil(LocalDate day) {
        isNotNull();
        Optional<LocalDate> until = actual.retainUntil();
        if (!until.equals(Optional.of(day))) {
            fail("Expected retention until %s but was %s", day, until.map(Object::toString).orElse("none"));
        }
        return this;
    }

    /**
     * Checks the agreement relied on.
     *
     * @param agreementId the agreement id, such as {@code MOU-RCA-RNP-2022}
     * @return this assertion
     */
    public DecisionAssert relyingOn(String agreementId) {
        isNotNull();
        String relied = actual.agreement() == null ? null : actual.agreement().value();
        if (!agreementId.equals(relied)) {
            fail("Expected the decision to rely on %s but it relied on %s", agreementId, relied);
        }
        return this;
    }

    /**
     * Checks a condition of a kind is attached.
     *
     * @param kind the kind
     * @return this assertion
     */
    public DecisionAssert withCondition(Condition.Kind kind) {
        isNotNull();
        for (Condition c : actual.conditions()) {
            if (c.kind() == kind) {
                return this;
            }
        }
        fail("Expected a condition %s among %s", kind, actual.conditions());
        return this;
    }

    /**
     * Checks a condition is attached.
     *
     * @param condition the condition, compared with equals
     * @return this assertion
     */
    public DecisionAssert withCondition(Condition condition) {
        isNotNull();
        if (!actual.conditions().contains(condition)) {
            fail("Expected the condition %s among %s", condition, actual.conditions());
        }
        return this;
    }

    /**
     * Checks no condition of a kind is attached.
     *
     * @param kind the kind
     * @return this assertion
     */
    public DecisionAssert withoutCondition(Condition.Kind kind) {
        isNotNull();
        for (Condition c : actual.conditions()) {
            if (c.kind() == kind) {
                fail("Expected no condition %s but found %s", kind, c);
            }
        }
        return this;
    }

    /**
     * Checks the response deadline.
     *
     * @param deadline the instant expected
     * @return this assertion
     */
    public DecisionAssert respondBy(Instant deadline) {
        isNotNull();
        Optional<Instant> by = actual.respondBy();
        if (!by.equals(Optional.of(deadline))) {
            fail("Expected respond by %s but was %s", deadline, by.map(Object::toString).orElse("none"));
        }
        return this;
    }
}
