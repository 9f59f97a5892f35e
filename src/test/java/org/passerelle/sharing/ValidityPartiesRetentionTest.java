package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Ruritania.CUSTOMS_LAW;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.SYL_REPORT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.testing.Ruritania;

/**
 * The gates every candidate agreement passes before its rules are read: in force on the request day,
 * both ends included (SR-02); the recipient among its parties, however many (SR-04); and the
 * retention day of a permit, the earliest of the agreement's, the source's and the holder's own
 * (SR-29).
 */
class ValidityPartiesRetentionTest extends RuleTestSupport {
    private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Test
    void sr02AnAgreementIsInForceFromItsFirstToItsLastDayIncluded() {
        assertThat(on(FIRST).outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(on(LAST).outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        for (LocalDate outside : List.of(FIRST.minusDays(1), LAST.plusDays(1))) {
            SharingDecision d = on(outside);
            assertThat(d.outcome()).as("%s", outside).isEqualTo(Outcome.DENY);
            assertThat(d.fired(SharingRule.SR_02)).as("%s", outside).isTrue();
        }
        SharingAgreement mou = Ruritania.mou();
        assertThat(mou.isInForceOn(FIRST)).isTrue();
        assertThat(mou.isInForceOn(LAST)).isTrue();
        assertThat(mou.isInForceOn(LAST.plusDays(1))).isFalse();
    }

    @Test
    void sr04EveryPartyOfAnAgreementWithManyPartiesIsFoundAndNoOther() {
        List<Agency> agencies = new ArrayList<>();
        List<PartySpec> parties = new ArrayList<>();
        String[] ids = {"P-07", "P-01", "P-12", "P-03", "P-10", "P-05", "P-02", "P-11", "P-04", "P-09", "P-06", "P-08"};
        for (String id : ids) {
            agencies.add(police(id));
            parties.add(PartySpec.agency(id));
        }
        agencies.add(police("Q-99"));
        SharingAgreement many = SharingAgreement.builder("MOU-MANY").title("Many police forces")
                .instrumentType(InstrumentType.MOU).legalBasis("MoU", "Art. 1").parties(parties.toArray(new PartySpec[0]))
                .purposes(DRUGS).categories(InformationCategory.SEIZURE_REPORT).build();
        SharingPolicy policy = SharingPolicy.builder().agencies(agencies.toArray(new Agency[0]))
                .purposes(Ruritania.purposes()).agreements(many)
                .items(InformationItem.builder("REPORT").title("t").originator("P-05")
                        .category(InformationCategory.SEIZURE_REPORT).plainFields("route").build())
                .build();
        SharingEngine engine = SharingEngine.compile(policy);
        for (String id : ids) {
            for (boolean cited : List.of(false, true)) {
                SharingDecision d = engine.decide(request(id, cited));
                assertThat(d.isPermitted()).as("%s cited %s: %s", id, cited, d.explanation()).isTrue();
                assertThat(d.fired(SharingRule.SR_04)).isFalse();
            }
        }
        for (boolean cited : List.of(false, true)) {
            SharingDecision outsider = engine.decide(request("Q-99", cited));
            assertThat(outsider.outcome()).isEqualTo(Outcome.DENY);
            assertThat(outsider.fired(SharingRule.SR_04)).isTrue();
        }
        // Not cited, an agreement the recipient is no party to is not evaluated: the refusal relies on none.
        SharingDecision outsider = engine.decide(request("Q-99", false));
        assertThat(outsider.agreementRelied()).isEmpty();
        assertThat(outsider.ruleIds()).containsExactly("SR-04", "SR-01");
    }

    @Test
    void sr29TheSourcesRetentionEndReplacesTheAgreementsWhenEarlier() {
        LocalDate agreed = LocalDate.of(2029, 5, 10);
        assertThat(decide(Ruritania.sc01Request()).retainUntil()).contains(agreed);
        LocalDate earlier = LocalDate.of(2027, 1, 1);
        SharingDecision shorter = decide(withSourceEnd(Ruritania.seizure(), earlier), Ruritania.sc01Request());
        assertThat(shorter.retainUntil()).contains(earlier);
        assertThat(shorter.conditions(Condition.RetainUntil.class)).hasSize(1);
        SharingDecision longer = decide(withSourceEnd(Ruritania.seizure(), LocalDate.of(2031, 1, 1)),
                Ruritania.sc01Request());
        assertThat(longer.retainUntil()).contains(agreed);
        // With no retention in the agreement, the source's end is the day.
        SharingDecision sourceOnly = decide(Ruritania.world().putAgreement(Ruritania.mou().toBuilder().maxRetention(null)
                .build()).putItem(withSourceItem(Ruritania.seizure(), LocalDate.of(2031, 1, 1))),
                Ruritania.sc01Request());
        assertThat(sourceOnly.retainUntil()).contains(LocalDate.of(2031, 1, 1));
    }

    @Test
    void sr29TheHoldersOwnRetentionEndLimitsAnOnwardFlowUnlessTheSourcesIsEarlier() {
        SharingRequest.Builder onward = send(RCA, RNP, SYL_REPORT, CUSTOMS_LAW);
        // Received on 2024-02-01 under the CMAA (three years): the holder keeps it until 2027-02-01.
        LocalDate held = LocalDate.of(2027, 2, 1);
        assertThat(decide(onward).retainUntil()).contains(held);
        LocalDate sourceEarlier = LocalDate.of(2026, 1, 1);
        assertThat(decide(withSourceEnd(Ruritania.sylReport(), sourceEarlier), onward).retainUntil())
                .contains(sourceEarlier);
        assertThat(decide(withSourceEnd(Ruritania.sylReport(), LocalDate.of(2028, 1, 1)), onward).retainUntil())
                .contains(held);
    }

    private static SharingDecision on(LocalDate day) {
        return decide(Ruritania.sc01Request().at(day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
    }

    private static SharingRequest request(String recipient, boolean cited) {
        return SharingRequest.builder().recipient(recipient).item("REPORT").purpose(DRUGS).under(cited ? "MOU-MANY" : null)
                .at(Ruritania.SC_DAY).build();
    }

    private static Agency police(String id) {
        return Agency.builder(id).name("Police " + id).kind(AgencyKind.POLICE).country(Ruritania.RURITANIA)
                .organisation("ORG-" + id).build();
    }

    private static SharingPolicy.Builder withSourceEnd(InformationItem item, LocalDate end) {
        return Ruritania.world().putItem(withSourceItem(item, end));
    }

    private static InformationItem withSourceItem(InformationItem item, LocalDate end) {
        return item.toBuilder().restrictions(new SourceRestrictions(null, null, null, end, false)).build();
    }
}
