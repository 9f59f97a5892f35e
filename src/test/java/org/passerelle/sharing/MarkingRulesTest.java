package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.ItemStatus;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * Markings, handling codes, source restrictions, status and grading: SR-07, SR-08, SR-11 to SR-14,
 * SR-17 to SR-19, SR-30, SR-32 and SR-35.
 */
class MarkingRulesTest extends RuleTestSupport {

    /** The smuggler item from FCS, held by RCA, with other markings. */
    private static SharingPolicy.Builder smugglerMarked(Markings markings) {
        return Ruritania.world().putItem(smuggler().toBuilder().markings(markings).build());
    }

    private static SharingRequest.Builder forward(String recipient) {
        return send(RCA, recipient, SMUGGLER, CUSTOMS_PROSECUTION);
    }

    private static SharingPolicy.Builder mouWithStatistics() {
        return Ruritania.world().putAgreement(mou().toBuilder().purposes(STATISTICS).build());
    }

    @Test
    @DisplayName("SR-07 permits: H0 item for a law-enforcement purpose")
    void sr07LawEnforcement() {
        InformationItem h0 = seizure().toBuilder().markings(Markings.of(TlpLabel.AMBER).withHandling(HandlingCode.H0,
                null)).build();
        assertThat(decide(mouWithStatistics().putItem(h0), sc01Request())).isPermittedWithConditions()
                .didNotFire("SR-07").withCondition(new Condition.KeepMarking(TlpLabel.AMBER, HandlingCode.H0));
    }

    @Test
    @DisplayName("SR-07 refuses: H0 item for statistics")
    void sr07Statistics() {
        InformationItem h0 = seizure().toBuilder().markings(new Markings(null, HandlingCode.H0, null, null)).build();
        assertThat(decide(mouWithStatistics().putItem(h0), sc01Request().purpose(STATISTICS)))
                .isRefused().byRule("SR-07");
        assertThat(decide(mouWithStatistics(), sc01Request().purpose(STATISTICS))).letsTheFlowGo();
    }

    private static InformationItem interpolNotice(boolean political) {
        return InformationItem.builder("RNCB-DIFFUSION-9").title("INTERPOL diffusion on a courier").originator(RNCB)
                .category(InformationCategory.ALERT).sourceSystem(SourceSystem.INTERPOL)
                .personalFields("name").plainFields("modusOperandi").politicalCharacter(political).build();
    }

    @Test
    @DisplayName("SR-08 permits naming the RPD Art. 10 purpose relied on; SR-35 asks to verify with the source")
    void sr08AndSr35Permitted() {
        SharingDecision d = decide(mouWithStatistics().items(interpolNotice(false)),
                send(RNCB, RCA, "RNCB-DIFFUSION-9", DRUGS).intendedUse(IntendedUse.OPERATIONAL));
        assertThat(d).isPermittedWithConditions().firedRule("SR-08", Outcome.PERMIT).firedRule("SR-35")
                .withCondition(new Condition.VerifyWithSource(AgencyId.of(RNCB)));
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.reason()).startsWith("item RNCB-DIFFUSION-9 comes from")
                .endsWith("the RPD Art. 10 purpose SUPPORT_INVESTIGATION"));
        assertThat(decide(sc01Request())).as("not INTERPOL data").didNotFire("SR-08");
    }

    @Test
    @DisplayName("SR-35 conditions every permit on INTERPOL data, intelligence use too; never other data")
    void sr35WhateverTheUse() {
        for (IntendedUse use : IntendedUse.values()) {
            assertThat(decide(mouWithStatistics().items(interpolNotice(false)),
                    send(RNCB, RCA, "RNCB-DIFFUSION-9", DRUGS).intendedUse(use))).as("%s", use).isPermitted()
                    .firedRule("SR-35").withCondition(new Condition.VerifyWithSource(AgencyId.of(RNCB)));
        }
        assertThat(decide(sc01Request())).isPermitted().didNotFire("SR-35")
                .withoutCondition(Condition.Kind.VERIFY_WITH_SOURCE);
    }

    @Test
    @DisplayName("SR-08 refuses: INTERPOL data for a purpose outside RPD Art. 10")
    void sr08Purpose() {
        assertThat(decide(mouWithStatistics().items(interpolNotice(false)),
                send(RNCB, RCA, "RNCB-DIFFUSION-9", STATISTICS))).isRefused().byRule("SR-08");
    }

    @Test
    @DisplayName("SR-08 refuses: political character of the item or of the request")
    void sr08Political() {
        assertThat(decide(mouWithStatistics().items(interpolNotice(true)),
                send(RNCB, RCA, "RNCB-DIFFUSION-9", DRUGS))).isRefused().byRule("SR-08");
        assertThat(decide(sc01Request().politicalCharacter(true))).isRefused().byRule("SR-08");
    }

    @Test
    @DisplayName("SR-11 permits: TLP:RED item to a recipient the source allowed")
    void sr11Allowed() {
        InformationItem red = smuggler().toBuilder().tlp(TlpLabel.RED)
                .restrictions(new SourceRestrictions(new TreeSet<>(Set.of(AgencyId.of(RPP))), null, null, null,
                        false)).build();
        assertThat(decide(Ruritania.world().putItem(red), forward(RPP))).isPermittedWithConditions()
                .didNotFire("SR-11").withCondition(new Condition.KeepMarking(TlpLabel.RED, null));
    }

    @Test
    @DisplayName("SR-11 refuses: TLP:RED item beyond the original recipients")
    void sr11Refused() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.RED)), forward(RPP))).isRefused().byRule("SR-11");
    }

    @Test
    @DisplayName("SR-12 conditions: TLP:AMBER+STRICT within the holder's organisation, need to know")
    void sr12SameOrganisation() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.AMBER_STRICT)), forward(RCA_RTC)))
                .isPermittedWithConditions().firedRule("SR-12").withCondition(Condition.Kind.NEED_TO_KNOW);
    }

    @Test
    @DisplayName("SR-12 pends: TLP:AMBER+STRICT from customs to the police, another organisation")
    void sr12OtherOrganisation() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.AMBER_STRICT)), forward(RNP)))
                .isPendingConsent().byRule("SR-12");
    }

    @Test
    @DisplayName("SR-13 conditions: TLP:AMBER to a client of the holder, need to know")
    void sr13Client() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.AMBER)), forward(RPP)))
                .isPermittedWithConditions().firedRule("SR-13").withCondition(Condition.Kind.NEED_TO_KNOW);
    }

    @Test
    @DisplayName("SR-13 pends: TLP:AMBER outside the holder's organisation and clients")
    void sr13Outside() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.AMBER)), forward(RNP)))
                .isPendingConsent().byRule("SR-13");
    }

    @Test
    @DisplayName("SR-14 conditions: TLP:GREEN within the holder's organisation (nested audiences)")
    void sr14Community() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.GREEN)), forward(RCA_RTC)))
                .isPermittedWithConditions().didNotFire("SR-14")
                .withCondition(new Condition.KeepMarking(TlpLabel.GREEN, null));
    }

    @Test
    @DisplayName("SR-14 pends: TLP:GREEN outside the community")
    void sr14OutsideCommunity() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.GREEN)), forward(RNP)))
                .isPendingConsent().byRule("SR-14");
    }

    @Test
    @DisplayName("SR-14 refuses TLP:GREEN on a public channel; pends under an agreement without community")
    void sr14Refused() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.GREEN)), forward(RCA_RTC).channel(Channel.PUBLIC)))
                .isRefused().byRule("SR-14");
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.GREEN))
                .putAgreement(naples().toBuilder().community(null).build()), forward(RNP)))
                .isPendingConsent().byRule("SR-14");
    }

    @Test
    @DisplayName("SR-17 escalates: H3 free-text restriction, quoted in the reason")
    void sr17Escalated() {
        SharingDecision d = decide(smugglerMarked(new Markings(null, HandlingCode.H3, "not to customs brokers", null)),
                forward(RPP));
        assertThat(d).isEscalated().byRule("SR-17");
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.reason()).contains("not to customs brokers"));
    }

    @Test
    @DisplayName("SR-17 stays silent without H3")
    void sr17Silent() {
        assertThat(decide(forward(RPP))).isPermittedWithoutConditions().didNotFire("SR-17");
    }

    private static SourceRestrictions restrictions(Set<String> allowed, Set<String> excluded, Set<String> purposes,
            LocalDate end, boolean noFurther) {
        TreeSet<AgencyId> a = new TreeSet<>();
        allowed.forEach(x -> a.add(AgencyId.of(x)));
        TreeSet<AgencyId> e = new TreeSet<>();
        excluded.forEach(x -> e.add(AgencyId.of(x)));
        TreeSet<PurposeId> p = new TreeSet<>();
        purposes.forEach(x -> p.add(PurposeId.of(x)));
        return new SourceRestrictions(a, e, p, end, noFurther);
    }

    private static SharingPolicy.Builder restricted(SourceRestrictions r) {
        return Ruritania.world().putItem(smuggler().toBuilder().restrictions(r).build());
    }

    @Test
    @DisplayName("SR-18 permits: recipient and purpose among those the source allowed")
    void sr18Allowed() {
        assertThat(decide(restricted(restrictions(Set.of(RPP), Set.of(), Set.of(CUSTOMS_PROSECUTION), null, false)),
                forward(RPP))).isPermittedWithoutConditions().didNotFire("SR-18");
    }

    @Test
    @DisplayName("SR-18 refuses: excluded recipient, recipient or purpose not allowed, no further dissemination")
    void sr18Refused() {
        assertThat(decide(restricted(restrictions(Set.of(), Set.of(RPP), Set.of(), null, false)), forward(RPP)))
                .isRefused().byRule("SR-18");
        assertThat(decide(restricted(restrictions(Set.of(RCA_RTC), Set.of(), Set.of(), null, false)), forward(RPP)))
                .isRefused().byRule("SR-18");
        assertThat(decide(restricted(restrictions(Set.of(), Set.of(), Set.of(CUSTOMS_LAW), null, false)),
                forward(RPP))).isRefused().byRule("SR-18");
        assertThat(decide(restricted(restrictions(Set.of(), Set.of(), Set.of(), null, true)), forward(RPP)))
                .isRefused().byRule("SR-18");
    }

    @Test
    @DisplayName("SR-18 conditions: no further dissemination on a direct flow forbids any onward transfer")
    void sr18NoFurtherDisseminationDirect() {
        InformationItem item = seizure().toBuilder()
                .restrictions(restrictions(Set.of(), Set.of(), Set.of(), null, true)).build();
        assertThat(decide(Ruritania.world().putItem(item), sc01Request())).isPermittedWithConditions()
                .firedRule("SR-18").withCondition(Condition.Kind.NO_ONWARD_TRANSFER)
                .withoutCondition(Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT);
    }

    @Test
    @DisplayName("SR-19 refuses: a holder that is not the originator may not loosen the marking")
    void sr19RecipientLoosens() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.AMBER)), forward(RPP).proposedMarking(TlpLabel.CLEAR)))
                .isRefused().byRule("SR-19");
    }

    @Test
    @DisplayName("SR-19 permits the originator to loosen its own marking; the copy keeps the new one")
    void sr19OriginatorLoosens() {
        SharingDecision d = decide(sc01Request().proposedMarking(TlpLabel.GREEN));
        assertThat(d).isPermittedWithConditions().firedRule("SR-19", Outcome.PERMIT)
                .withCondition(new Condition.KeepMarking(TlpLabel.GREEN, null));
        assertThat(d.conditions(Condition.KeepMarking.class)).hasSize(1);
    }

    @Test
    @DisplayName("SR-19 lets a holder make the marking stricter")
    void sr19Tightening() {
        assertThat(decide(smugglerMarked(Markings.of(TlpLabel.GREEN)), forward(RCA_RTC)
                .proposedMarking(TlpLabel.AMBER_STRICT))).letsTheFlowGo()
                .withCondition(new Condition.KeepMarking(TlpLabel.AMBER_STRICT, null));
    }

    @Test
    @DisplayName("SR-30 permits: an active item")
    void sr30Active() {
        assertThat(decide(sc01Request())).letsTheFlowGo().didNotFire("SR-30");
    }

    @Test
    @DisplayName("SR-30 refuses: an item marked inaccurate or erased")
    void sr30Inaccurate() {
        assertThat(decide(Ruritania.world().putItem(seizure().withStatus(ItemStatus.INACCURATE)), sc01Request()))
                .isRefused().byRule("SR-30");
        assertThat(decide(Ruritania.world().putItem(seizure().withStatus(ItemStatus.ERASED)), sc01Request()))
                .isRefused().byRule("SR-30");
    }

    @Test
    @DisplayName("SR-32 conditions: uncorroborated grading is flagged")
    void sr32Uncorroborated() {
        assertThat(decide(smugglerMarked(Markings.NONE.withGrading(new Grading.Europol('X', 4))), forward(RPP)))
                .isPermittedWithConditions().firedRule("SR-32")
                .withCondition(new Condition.Uncorroborated("X4"));
        assertThat(decide(smugglerMarked(Markings.NONE.withGrading(new Grading.Europol('A', 1))), forward(RPP)))
                .isPermittedWithConditions().withCondition(new Condition.KeepEvaluation("A1"))
                .withoutCondition(Condition.Kind.UNCORROBORATED);
    }

    @Test
    @DisplayName("SR-32 escalates: uncorroborated information as the sole basis of coercive action")
    void sr32Coercive() {
        assertThat(decide(smugglerMarked(Markings.NONE.withGrading(new Grading.Admiralty('E', 5))),
                forward(RPP).coerciveAction(true))).isEscalated().byRule("SR-32");
    }
}
