package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.Ruritania;

/**
 * The conditions a verdict makes only when it is decided on (SR-27's redaction, SR-29's retention
 * from an agreement's limit) come out as the conditions made at once would: same value, same place,
 * same merging with the conditions added around them.
 */
class VerdictTest {
    private static final SharingLaw LAW = Ruritania.policy().law();
    private static final CompiledAgreement LIMITED = new CompiledAgreement(LAW.agreements().values().stream()
            .filter(a -> a.maxRetention() != null).findFirst().orElseThrow(), LAW.agencies().values());
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Condition OTHER = new Condition.NoOnwardTransfer();

    private static Verdict verdict() {
        return new Verdict().reset(LIMITED);
    }

    private static Condition.Redact redact(String... fields) {
        return new Condition.Redact(new TreeSet<>(List.of(fields)));
    }

    @Test
    void sr27RedactionMadeLaterIsSortedWithoutRepetitionInItsPlace() {
        Verdict v = verdict();
        v.condition(OTHER);
        List<String> names = new ArrayList<>(List.of("name", "birthDate", "name"));
        v.redactLater(names);
        names.clear();
        v.condition(new Condition.NeedToKnow());
        assertThat(v.decidedConditions())
                .containsExactly(OTHER, redact("birthDate", "name"), new Condition.NeedToKnow());
        assertThat(((Condition.Redact) v.decidedConditions().get(1)).fields()).containsExactly("birthDate", "name");
    }

    @Test
    void sr27AnEqualRedactionIsNotAddedAgainADifferentOneIs() {
        Verdict v = verdict();
        v.redactLater(List.of("name"));
        v.condition(redact("name"));
        assertThat(v.decidedConditions()).containsExactly(redact("name"));

        Verdict w = verdict();
        w.redactLater(List.of("name"));
        w.condition(redact("later"));
        w.condition(redact("name", "phone"));
        assertThat(w.decidedConditions()).containsExactly(redact("name"), redact("later"), redact("name", "phone"));
    }

    @Test
    void sr34ARemovedRedactionIsGoneAndTheNextStartsAfresh() {
        Verdict v = verdict();
        v.redactLater(List.of("name"));
        assertThat(v.remove(Condition.Kind.REDACT)).isTrue();
        assertThat(v.decidedConditions()).isEmpty();
        v.redactLater(List.of("phone"));
        assertThat(v.decidedConditions()).containsExactly(redact("phone"));

        Verdict w = verdict();
        w.redactLater(List.of("name"));
        assertThat(w.replace(redact("phone"))).isTrue();
        assertThat(w.decidedConditions()).containsExactly(redact("phone"));
    }

    @Test
    void sr27ASecondRedactionIsMadeAtOnceAndKeptBesideTheFirst() {
        Verdict v = verdict();
        v.redactLater(List.of("name"));
        // The working list of the check, which the condition made at once sorts.
        v.redactLater(new ArrayList<>(List.of("phone")));
        v.redactLater(new ArrayList<>(List.of("name")));
        assertThat(v.decidedConditions()).containsExactly(redact("name"), redact("phone"));
    }

    @Test
    void sr29RetentionMadeLaterIsTheAgreementsLimitInItsPlace() {
        Verdict v = verdict();
        v.condition(OTHER);
        v.retainLater(LIMITED, DAY);
        v.condition(new Condition.NeedToKnow());
        Condition.RetainUntil limit = new Condition.RetainUntil(DAY.plus(LIMITED.agreement.maxRetention()));
        assertThat(v.decidedConditions()).containsExactly(OTHER, limit, new Condition.NeedToKnow());
    }

    @Test
    void sr29AShorterRetentionReplacesTheLimitALongerOneDoesNot() {
        Condition.RetainUntil limit = new Condition.RetainUntil(DAY.plus(LIMITED.agreement.maxRetention()));
        Verdict shorter = verdict();
        shorter.retainLater(LIMITED, DAY);
        shorter.condition(new Condition.RetainUntil(DAY.plusDays(1)));
        assertThat(shorter.decidedConditions()).containsExactly(new Condition.RetainUntil(DAY.plusDays(1)));

        Verdict longer = verdict();
        longer.retainLater(LIMITED, DAY);
        longer.condition(new Condition.RetainUntil(limit.day().plusDays(1)));
        assertThat(longer.decidedConditions()).containsExactly(limit);

        Verdict twice = verdict();
        twice.condition(new Condition.RetainUntil(DAY.plusDays(1)));
        twice.retainLater(LIMITED, DAY);
        assertThat(twice.decidedConditions()).containsExactly(new Condition.RetainUntil(DAY.plusDays(1)));

        Verdict removed = verdict();
        removed.retainLater(LIMITED, DAY);
        assertThat(removed.remove(Condition.Kind.RETAIN_UNTIL)).isTrue();
        assertThat(removed.decidedConditions()).isEmpty();
    }

    @Test
    void aConditionAddedTwiceIsKeptOnceRemovingOneKindKeepsTheOthers() {
        Verdict v = verdict();
        v.condition(OTHER);
        v.condition(new Condition.NoOnwardTransfer());
        v.redactLater(List.of("name"));
        assertThat(v.remove(Condition.Kind.REDACT)).isTrue();
        assertThat(v.remove(Condition.Kind.REDACT)).isFalse();
        assertThat(v.remove(Condition.Kind.NEED_TO_KNOW)).isFalse();
        assertThat(v.replace(new Condition.NeedToKnow())).isFalse();
        assertThat(v.decidedConditions()).containsExactly(OTHER, new Condition.NeedToKnow());
    }

    @Test
    void sr27RepeatedFieldsOfARedactionMadeLaterCountOnce() {
        Verdict v = verdict();
        v.redactLater(List.of("name", "birthDate", "name"));
        v.condition(redact("birthDate", "name"));
        assertThat(v.decidedConditions()).containsExactly(redact("birthDate", "name"));
    }

    @Test
    void sr29ASecondAgreementRetentionMadeAtOnceKeepsTheEarlierDay() {
        Verdict v = verdict();
        v.retainLater(LIMITED, DAY);
        v.retainLater(LIMITED, DAY.minusYears(1));
        assertThat(v.decidedConditions()).containsExactly(
                new Condition.RetainUntil(DAY.minusYears(1).plus(LIMITED.agreement.maxRetention())));
    }

    @Test
    void aResetVerdictKeepsNothingMadeLater() {
        Verdict v = verdict();
        v.redactLater(List.of("name"));
        v.retainLater(LIMITED, DAY);
        v.hit(new RuleHit(SharingRule.SR_04, Outcome.DENY, "the recipient is not a party"));
        v.reset(LIMITED);
        assertThat(v.decidedConditions()).isEmpty();
        assertThat(v.hits()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.PERMIT);
        v.redactLater(List.of("phone"));
        assertThat(v.decidedConditions()).containsExactly(redact("phone"));
    }
}
