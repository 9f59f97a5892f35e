package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Ruritania.CUSTOMS_LAW;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RTA;
import static org.passerelle.testing.Ruritania.SEIZURE;
import static org.passerelle.testing.Ruritania.SMUGGLER;
import static org.passerelle.testing.Ruritania.SYL_REPORT;
import static org.passerelle.testing.Ruritania.consent;
import static org.passerelle.testing.Ruritania.seizure;
import static org.passerelle.testing.Ruritania.smuggler;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * How a recorded consent of the originator resolves what waits for it (SR-20, SR-06, SR-13), how
 * its relabelling replaces the item's marking (SR-19) once, what a consent changes when nothing
 * waits for it (nothing), the marking the recipient keeps in words (SR-19), and the domestic
 * onward transfer of SR-22 to law enforcement only.
 */
class ConsentResolutionTest extends RuleTestSupport {
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    private static final String RECORDED = "; consent C-1 of FCS recorded on 2024-05-01";

    @Test
    void sr20EveryHitWaitingForConsentIsReissuedWithTheConsentAfterItsOwnReason() {
        SharingDecision pending = decide(Ruritania.world(), send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(pending.outcome()).isEqualTo(Outcome.PENDING_CONSENT);
        List<RuleHit> waiting = pending.hits().stream().filter(h -> h.effect() == Outcome.PENDING_CONSENT).toList();
        assertThat(waiting).extracting(RuleHit::ruleId).containsExactly("SR-06", "SR-20");

        SharingDecision d = decide(Ruritania.world().consents(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY)),
                send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(d.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        for (RuleHit w : waiting) {
            assertThat(d.hits()).contains(new RuleHit(w.rule(), Outcome.PERMIT_WITH_CONDITIONS, w.reason() + RECORDED));
        }
        assertThat(d.hits()).noneMatch(h -> h.effect() == Outcome.PENDING_CONSENT);
    }

    @Test
    void sr19AConsentThatRelabelsTheCopyIsOneMarkingConditionAndOneReason() {
        SharingPolicy.Builder amber = Ruritania.world().putItem(smuggler().toBuilder().tlp(TlpLabel.AMBER).build())
                .consents(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY, new Condition.KeepMarking(TlpLabel.GREEN, null)));
        // The consent lifts SR-13 (TLP:AMBER) and resolves SR-06 and SR-20: two checks apply its conditions.
        SharingDecision d = decide(amber, send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(d.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(d.hits()).filteredOn(h -> h.reason().contains("relabels the copy")).singleElement()
                .satisfies(h -> {
                    assertThat(h.rule()).isEqualTo(SharingRule.SR_19);
                    assertThat(h.reason()).isEqualTo("consent C-1 of the originator FCS relabels the copy: keep the"
                            + " marking TLP:GREEN (or a stricter one) on every copy, in place of the item's own marking");
                });
        assertThat(d.conditions(Condition.KeepMarking.class)).containsExactly(new Condition.KeepMarking(TlpLabel.GREEN, null));
        assertThat(d.hits()).anyMatch(h -> h.rule() == SharingRule.SR_13 && h.reason().endsWith(RECORDED));
        // The item's own marking is not given as a reason next to the consent's (SR-13 relabelled before SR-19 ran).
        assertThat(d.hits()).noneMatch(h -> h.reason().contains("keeps the marking TLP:AMBER"));
        assertThat(d.explanation()).doesNotContain("TLP:AMBER or a stricter one").contains("TLP:GREEN (or a stricter one)");
        // Applied once (the Naples II forwarding waits for nothing else), the relabelling is one reason too.
        SharingDecision once = decide(Ruritania.world().putItem(smuggler().toBuilder().tlp(TlpLabel.AMBER).build())
                .consents(consent("C-1", SMUGGLER, FCS, RNP, Ruritania.CUSTOMS_PROSECUTION, MAY,
                        new Condition.KeepMarking(TlpLabel.GREEN, null))),
                send(RCA, RNP, SMUGGLER, Ruritania.CUSTOMS_PROSECUTION));
        assertThat(once.isPermitted()).isTrue();
        assertThat(once.hits()).filteredOn(h -> h.reason().contains("relabels the copy")).hasSize(1);
        // An item whose marking waits for nobody (handling code H1, no TLP): SR-19 gives its own marking first and
        // the consent that resolves SR-06 and SR-20 relabels after it; the item's reason is withdrawn with its condition.
        SharingDecision after = decide(Ruritania.world().putItem(smuggler().toBuilder().markings(new Markings(null, HandlingCode.H1, null, null)).build())
                .consents(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY, new Condition.KeepMarking(TlpLabel.GREEN, null))),
                send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(after.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(after.conditions(Condition.KeepMarking.class)).containsExactly(new Condition.KeepMarking(TlpLabel.GREEN, null));
        assertThat(after.hits()).filteredOn(h -> h.rule() == SharingRule.SR_19).singleElement()
                .satisfies(h -> assertThat(h.reason()).contains("relabels the copy"));
        assertThat(after.explanation()).doesNotContain("handling code H1 or a stricter one");
        // Without the relabelling the item's own marking stays, and no consent relabels anything.
        SharingDecision plain = decide(Ruritania.world().putItem(smuggler().toBuilder().tlp(TlpLabel.AMBER).build())
                .consents(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY)), send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(plain.conditions(Condition.KeepMarking.class))
                .containsExactly(new Condition.KeepMarking(TlpLabel.AMBER, null));
        assertThat(plain.hits()).noneMatch(h -> h.reason().contains("relabels the copy"));
        assertThat(plain.hits()).anyMatch(h -> h.rule() == SharingRule.SR_19
                && h.reason().equals("the recipient keeps the marking TLP:AMBER or a stricter one"));
    }

    @Test
    void sr20AConsentForAFlowThatWaitsForNoneChangesNothing() {
        SharingDecision without = decide(Ruritania.sc01Request());
        assertThat(without.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        SharingDecision with = decide(Ruritania.world().consents(consent("C-1", SEIZURE, RCA, RNP, DRUGS, MAY,
                new Condition.RetainUntil(LocalDate.of(2025, 1, 1)), new Condition.NeedToKnow())),
                Ruritania.sc01Request());
        assertThat(with.outcome()).isEqualTo(without.outcome());
        assertThat(with.conditions()).isEqualTo(without.conditions());
        assertThat(with.hits()).isEqualTo(without.hits());
        assertThat(with.retainUntil()).contains(LocalDate.of(2029, 5, 10));
    }

    @Test
    void sr19TheMarkingKeptIsNamedInWords() {
        SharingDecision both = decide(Ruritania.world().putItem(seizure().toBuilder()
                .markings(Markings.of(TlpLabel.AMBER).withHandling(HandlingCode.H1, null)).build()),
                Ruritania.sc01Request());
        assertThat(both.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                "the recipient keeps the marking TLP:AMBER and handling code H1 or a stricter one"));
        SharingDecision handlingOnly = decide(Ruritania.world().putItem(seizure().toBuilder()
                .markings(Markings.of(TlpLabel.CLEAR).withHandling(HandlingCode.H1, null)).build()),
                Ruritania.sc01Request());
        assertThat(handlingOnly.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                "the recipient keeps the marking handling code H1 or a stricter one"));
        assertThat(handlingOnly.conditions(Condition.KeepMarking.class))
                .containsExactly(new Condition.KeepMarking(null, HandlingCode.H1));
        SharingDecision tlpOnly = decide(Ruritania.sc01Request());
        assertThat(tlpOnly.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                "the recipient keeps the marking TLP:AMBER or a stricter one"));
    }

    @Test
    void sr22TheDomesticOnwardTransferReachesLawEnforcementOnly() {
        SharingDecision police = decide(send(RCA, RNP, SYL_REPORT, CUSTOMS_LAW));
        assertThat(police.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(police.fired(SharingRule.SR_22)).isTrue();
        SharingDecision tax = decide(send(RCA, RTA, SYL_REPORT, CUSTOMS_LAW));
        assertThat(tax.outcome()).isEqualTo(Outcome.PENDING_CONSENT);
        assertThat(tax.fired(SharingRule.SR_22)).isFalse();
        assertThat(tax.hits()).anyMatch(h -> h.rule() == SharingRule.SR_20 && h.effect() == Outcome.PENDING_CONSENT
                && h.reason().contains("the opt-out exception (SR-22) of agreement " + Ruritania.CMAA + " is not met"));
    }
}
