package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Ruritania.CUSTOMS_LAW;
import static org.passerelle.testing.Ruritania.CUSTOMS_PROSECUTION;
import static org.passerelle.testing.Ruritania.DECLARATIONS;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.FREEDONIA;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RURITANIA;
import static org.passerelle.testing.Ruritania.SMUGGLER;
import static org.passerelle.testing.Ruritania.SYL;
import static org.passerelle.testing.Ruritania.SYLVANIA;
import static org.passerelle.testing.Ruritania.consent;
import static org.passerelle.testing.Ruritania.smuggler;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;
import org.passerelle.testing.Ruritania;

/**
 * Reasons and conditions of rules whose wording or presence the other examples leave open: the
 * validity an agreement not in force is described with (SR-02), an annex the convention does not have
 * (SR-03), the no-onward condition of an item handled H2 passed on with consent (SR-20), and a
 * policy in which one item is replaced.
 */
class RuleTextsExamplesTest extends RuleTestSupport {

    @Test
    void sr02TheValidityOfAnAgreementNotInForceIsDescribed() {
        SharingAgreement suspended = Ruritania.mou().toBuilder().valid(null, null).status(AgreementStatus.SUSPENDED)
                .build();
        SharingDecision d = decide(Ruritania.world().putAgreement(suspended), Ruritania.sc01Request());
        assertThat(d.hits()).contains(new RuleHit(SharingRule.SR_02, Outcome.DENY, "agreement " + Ruritania.MOU
                + " is not in force on the request day (status SUSPENDED, valid since ever, open-ended): it grants"
                + " nothing"));
        SharingDecision expired = decide(Ruritania.world().agreements(Ruritania.mou2017()),
                Ruritania.sc01Request().under(Ruritania.MOU_2017));
        assertThat(expired.hits()).contains(new RuleHit(SharingRule.SR_02, Outcome.DENY, "agreement "
                + Ruritania.MOU_2017 + " is not in force on the request day (status IN_FORCE, valid from 2017-01-01"
                + " to 2021-12-31): it grants nothing"));
    }

    @Test
    void sr03AnAnnexTheConventionDoesNotHaveIsRefusedByName() {
        SharingPolicy.Builder world = LegalBasisRulesTest.withNairobi();
        SharingDecision unknown = decide(world, send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under("NAIROBI-1977")
                .assistanceForm("IX"));
        assertThat(unknown.outcome()).isEqualTo(Outcome.DENY);
        assertThat(unknown.hits()).contains(new RuleHit(SharingRule.SR_03, Outcome.DENY,
                "annex IX is not an annex of agreement NAIROBI-1977"));
        SharingDecision known = decide(world, send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under("NAIROBI-1977")
                .assistanceForm("X"));
        assertThat(known.fired(SharingRule.SR_03)).isFalse();
    }

    @Test
    void sr20AnItemHandledH2PassedOnWithConsentStillMayNotGoFurtherWithoutIt() {
        InformationItem h2 = smuggler().toBuilder().markings(new Markings(null, HandlingCode.H2, null, null)).build();
        SharingRequest.Builder forward = send(RCA, RNP, SMUGGLER, CUSTOMS_PROSECUTION);
        SharingDecision pending = decide(Ruritania.world().putItem(h2), forward);
        assertThat(pending.outcome()).isEqualTo(Outcome.PENDING_CONSENT);
        assertThat(pending.hits()).anyMatch(h -> h.rule() == SharingRule.SR_20 && h.reason().contains("handled H2"));
        SharingDecision consented = decide(Ruritania.world().putItem(h2).consents(consent("C-1", SMUGGLER, FCS, RNP,
                CUSTOMS_PROSECUTION, LocalDate.of(2024, 5, 1))), forward);
        assertThat(consented.isPermitted()).isTrue();
        assertThat(consented.conditions()).contains(new Condition.NoOnwardTransferWithoutConsent(AgencyId.of(FCS)));
        // Without H2 the Naples II forwarding needs no consent and sets no such condition.
        SharingDecision naples = decide(forward);
        assertThat(naples.isPermitted()).isTrue();
        assertThat(naples.conditions()).doesNotContain(new Condition.NoOnwardTransferWithoutConsent(AgencyId.of(FCS)));
    }

    @Test
    void sr01ACitedAgreementTheHolderIsNoPartyToIsNoBasis() {
        SharingAgreement others = SharingAgreement.builder("MOU-RNP-RTA").title("Police and tax")
                .instrumentType(InstrumentType.MOU).legalBasis("MoU", "Art. 1")
                .parties(PartySpec.agency(RNP), PartySpec.agency(Ruritania.RTA)).purposes(Ruritania.DRUGS)
                .categories(InformationCategory.SEIZURE_REPORT).build();
        SharingDecision d = decide(Ruritania.world().agreements(others), Ruritania.sc01Request().under("MOU-RNP-RTA"));
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.hits()).contains(new RuleHit(SharingRule.SR_01, Outcome.DENY,
                "the holder is not a party to the cited agreement MOU-RNP-RTA"));
        SharingDecision party = decide(Ruritania.world().agreements(others), Ruritania.sc01Request());
        assertThat(party.isPermitted()).isTrue();
        assertThat(party.hits()).noneMatch(h -> h.reason().startsWith("the holder is not a party"));
    }

    @Test
    void purposesSortByTheirId() {
        TreeSet<Purpose> sorted = new TreeSet<>(List.of(Ruritania.purposes()));
        assertThat(sorted).hasSize(Ruritania.purposes().length);
        assertThat(sorted.first().id().value()).isEqualTo(Ruritania.CIS_SURVEILLANCE);
        assertThat(sorted.last().id().value()).isEqualTo(Ruritania.STATISTICS);
    }

    @Test
    void replacingAnItemKeepsEveryOtherItem() {
        SharingPolicy policy = Ruritania.policy();
        SharingPolicy replaced = policy.toBuilder().putItem(smuggler().withStatus(org.passerelle.model.ItemStatus
                .INACCURATE)).build();
        assertThat(replaced.items().keySet()).isEqualTo(policy.items().keySet());
        assertThat(replaced.item(ItemId.of(SMUGGLER)).orElseThrow().status())
                .isEqualTo(org.passerelle.model.ItemStatus.INACCURATE);
        assertThat(replaced.item(ItemId.of(Ruritania.SEIZURE))).isEqualTo(policy.item(ItemId.of(Ruritania.SEIZURE)));
    }
}
