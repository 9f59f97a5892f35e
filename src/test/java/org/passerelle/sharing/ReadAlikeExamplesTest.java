package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.CIS_SURVEILLANCE;
import static org.passerelle.testing.Ruritania.CUSTOMS_LAW;
import static org.passerelle.testing.Ruritania.CUSTOMS_PROSECUTION;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.FIREARMS;
import static org.passerelle.testing.Ruritania.IMMIGRATION;
import static org.passerelle.testing.Ruritania.MONEY_LAUNDERING;
import static org.passerelle.testing.Ruritania.MOU;
import static org.passerelle.testing.Ruritania.NAPLES;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RTA;
import static org.passerelle.testing.Ruritania.SEIZURE;
import static org.passerelle.testing.Ruritania.STATISTICS;
import static org.passerelle.testing.Ruritania.TAX_AUDIT;
import static org.passerelle.testing.Ruritania.TERRORISM;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.testing.Ruritania;

/**
 * Examples of the two projections the policy analysis relies on, {@link SourceRestrictions#readFor}
 * and {@link SharingLaw#purposesReadAlike} (SR-18, SR-06, SR-27, SR-28 and the purpose flags of SR-07,
 * SR-08, SR-10 and SR-21): each case written out, with the engine's decisions both ways. Their
 * properties over generated policies are in {@code ReadAlikeTest}.
 */
class ReadAlikeExamplesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);
    private static final LocalDate END = LocalDate.of(2027, 3, 1);
    private static final AgencyId TO = AgencyId.of(RNP);

    // ---- SourceRestrictions.readFor ----

    @Test
    void noRestrictionReadsAsItself() {
        assertThat(SourceRestrictions.NONE.readFor(TO)).isSameAs(SourceRestrictions.NONE);
        SourceRestrictions kept = new SourceRestrictions(null, null, purposes(DRUGS), END, true);
        assertThat(kept.readFor(TO)).isSameAs(kept);
    }

    @Test
    void sr18AnExclusionOfTheRecipientAloneIsKeptAsGiven() {
        SourceRestrictions onlyRnp = new SourceRestrictions(null, ids(RNP), purposes(DRUGS), END, true);
        assertThat(onlyRnp.readFor(TO)).isSameAs(onlyRnp);
        assertThat(decide(restricted(onlyRnp), DRUGS).outcome()).isEqualTo(Outcome.DENY);
        assertThat(decide(restricted(onlyRnp), DRUGS).hits()).anyMatch(h -> h.rule() == SharingRule.SR_18);
    }

    @Test
    void sr18AnExclusionOfAnotherAgencyReadsAsNoneAndChangesNoDecision() {
        SourceRestrictions other = new SourceRestrictions(null, ids(RTA), null, null, false);
        assertThat(other.readFor(TO)).isEqualTo(SourceRestrictions.NONE);
        SharingDecision plain = decide(Ruritania.policy(), DRUGS);
        assertThat(plain.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertAlike(decide(restricted(other), DRUGS), plain);
        // Read for the agency it excludes, the exclusion is kept and refuses.
        assertThat(other.readFor(AgencyId.of(RTA))).isSameAs(other);
    }

    @Test
    void sr18ExclusionsOfTheRecipientAndOthersReadAsTheRecipientAlone() {
        SourceRestrictions both = new SourceRestrictions(null, ids(RNP, RTA), purposes(DRUGS, FIREARMS), END, true);
        SourceRestrictions read = both.readFor(TO);
        assertThat(read).isEqualTo(new SourceRestrictions(null, ids(RNP), purposes(DRUGS, FIREARMS), END, true));
        SharingDecision d = decide(restricted(both), DRUGS);
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.hits()).anyMatch(h -> h.rule() == SharingRule.SR_18);
        assertAlike(decide(restricted(read), DRUGS), d);
    }

    @Test
    void sr18AllowedRecipientsReadAsTheRecipientAloneWhenItIsOneOfThem() {
        SourceRestrictions allowed = new SourceRestrictions(ids(RNP, RTA), ids(FCS), null, END, false);
        SourceRestrictions read = allowed.readFor(TO);
        assertThat(read).isEqualTo(new SourceRestrictions(ids(RNP), null, null, END, false));
        SharingDecision d = decide(restricted(allowed), DRUGS);
        assertThat(d.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertAlike(decide(restricted(read), DRUGS), d);
        // Alone among the allowed, the recipient reads as given.
        SourceRestrictions alone = new SourceRestrictions(ids(RNP), null, null, null, false);
        assertThat(alone.readFor(TO)).isSameAs(alone);
    }

    @Test
    void sr18AllowedRecipientsWithoutTheRecipientAreKeptAsGivenAndRefuse() {
        SourceRestrictions others = new SourceRestrictions(ids(RTA, FCS), null, null, null, false);
        assertThat(others.readFor(TO)).isSameAs(others);
        SourceRestrictions othersAndExcluded = new SourceRestrictions(ids(RTA, FCS), ids(RCA), null, null, false);
        assertThat(othersAndExcluded.readFor(TO)).isEqualTo(others);
        SharingDecision d = decide(restricted(othersAndExcluded), DRUGS);
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.hits()).anyMatch(h -> h.rule() == SharingRule.SR_18);
        assertAlike(decide(restricted(others), DRUGS), d);
        SourceRestrictions single = new SourceRestrictions(ids(RTA), null, null, null, false);
        assertThat(single.readFor(TO)).isSameAs(single);
        assertThat(decide(restricted(single), DRUGS).outcome()).isEqualTo(Outcome.DENY);
    }

    @Test
    void readingForNoRecipientIsRefusedNamingIt() {
        assertThatThrownBy(() -> SourceRestrictions.NONE.readFor(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recipient");
    }

    // ---- SharingLaw.purposesReadAlike ----

    @Test
    void purposesWithTheSameFlagsAndTermsFormOneClass() {
        SharingLaw law = Ruritania.policy().law();
        List<List<String>> expected = List.of(List.of(CIS_SURVEILLANCE), List.of(TERRORISM), List.of(CUSTOMS_LAW),
                List.of(CUSTOMS_PROSECUTION), List.of(DRUGS, FIREARMS, MONEY_LAUNDERING),
                List.of(IMMIGRATION, TAX_AUDIT, STATISTICS));
        assertThat(names(law.purposesReadAlike(List.of(AgreementId.of(MOU)), SourceRestrictions.NONE)))
                .isEqualTo(expected);
        // No basis, or only ids the law does not know: the flags alone tell purposes apart.
        assertThat(names(law.purposesReadAlike(List.of(), SourceRestrictions.NONE))).isEqualTo(expected);
        assertThat(names(law.purposesReadAlike(List.of(AgreementId.of("NO-SUCH-AGREEMENT")),
                SourceRestrictions.NONE))).isEqualTo(expected);
        // The engine decides the purposes of a class alike, and those of different classes apart.
        SharingDecision drugs = decide(Ruritania.policy(), DRUGS);
        assertThat(drugs.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertAlike(decide(Ruritania.policy(), FIREARMS), drugs);
        assertAlike(decide(Ruritania.policy(), MONEY_LAUNDERING), drugs);
        assertThat(decide(Ruritania.policy(), IMMIGRATION).outcome()).isEqualTo(Outcome.DENY);
        assertThat(decide(Ruritania.policy(), STATISTICS).outcome()).isEqualTo(Outcome.DENY);
    }

    @Test
    void sr06APurposeOneAgreementOfTheBasisListsIsApartFromOneItDoesNot() {
        SharingLaw law = Ruritania.policy().law().toBuilder()
                .putAgreement(agreement("MOU-DRUGS-FIREARMS").purposes(DRUGS, FIREARMS).build()).build();
        List<AgreementId> basis = List.of(AgreementId.of(MOU), AgreementId.of("MOU-DRUGS-FIREARMS"));
        assertThat(classOf(law.purposesReadAlike(basis, SourceRestrictions.NONE), DRUGS))
                .containsExactly(DRUGS, FIREARMS);
        assertThat(classOf(law.purposesReadAlike(basis, SourceRestrictions.NONE), MONEY_LAUNDERING))
                .containsExactly(MONEY_LAUNDERING);
        // Outside the basis, the agreement changes nothing.
        assertThat(classOf(law.purposesReadAlike(List.of(AgreementId.of(MOU)), SourceRestrictions.NONE), DRUGS))
                .containsExactly(DRUGS, FIREARMS, MONEY_LAUNDERING);
    }

    @Test
    void sr27DifferentPersonalFieldsForTwoListedPurposesSetThemApart() {
        SharingLaw law = Ruritania.policy().law().toBuilder().putAgreement(agreement("MOU-FIELDS")
                .purposes(DRUGS, FIREARMS).personalFields(DRUGS, "name").personalFields(FIREARMS, "name").build())
                .build();
        assertThat(classOf(law.purposesReadAlike(List.of(AgreementId.of("MOU-FIELDS")), SourceRestrictions.NONE),
                DRUGS)).containsExactly(DRUGS, FIREARMS);
        SharingLaw apart = Ruritania.policy().law().toBuilder().putAgreement(agreement("MOU-FIELDS")
                .purposes(DRUGS, FIREARMS).personalFields(DRUGS, "name").personalFields(FIREARMS, "nationality")
                .build()).build();
        assertThat(classOf(apart.purposesReadAlike(List.of(AgreementId.of("MOU-FIELDS")), SourceRestrictions.NONE),
                DRUGS)).containsExactly(DRUGS);
    }

    @Test
    void sr28StrictNecessityForOnePurposeSetsItApart() {
        SharingLaw law = Ruritania.policy().law().toBuilder()
                .putAgreement(agreement("MOU-STRICT").purposes(DRUGS, FIREARMS).strictNecessity(FIREARMS).build())
                .build();
        List<List<PurposeId>> classes = law.purposesReadAlike(List.of(AgreementId.of("MOU-STRICT")),
                SourceRestrictions.NONE);
        assertThat(classOf(classes, DRUGS)).containsExactly(DRUGS);
        assertThat(classOf(classes, FIREARMS)).containsExactly(FIREARMS);
        // Money laundering, listed by neither, stays apart from both.
        assertThat(classOf(classes, MONEY_LAUNDERING)).containsExactly(MONEY_LAUNDERING);
    }

    @Test
    void sr18PurposesTheItemAllowsAreApartFromThoseItDoesNot() {
        SharingLaw law = Ruritania.policy().law();
        List<AgreementId> basis = List.of(AgreementId.of(MOU));
        SourceRestrictions two = new SourceRestrictions(null, null, purposes(DRUGS, MONEY_LAUNDERING), null, false);
        List<List<PurposeId>> classes = law.purposesReadAlike(basis, two);
        assertThat(classOf(classes, DRUGS)).containsExactly(DRUGS, MONEY_LAUNDERING);
        assertThat(classOf(classes, FIREARMS)).containsExactly(FIREARMS);
        SharingPolicy policy = restricted(two);
        assertAlike(decide(policy, MONEY_LAUNDERING), decide(policy, DRUGS));
        assertThat(decide(policy, DRUGS).outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(decide(policy, FIREARMS).outcome()).isEqualTo(Outcome.DENY);
        assertThat(decide(policy, FIREARMS).hits()).anyMatch(h -> h.rule() == SharingRule.SR_18);
    }

    @Test
    void basisOrderAndRepetitionDoNotMatter() {
        SharingLaw law = Ruritania.policy().law();
        SourceRestrictions r = new SourceRestrictions(null, null, purposes(DRUGS), null, false);
        assertThat(law.purposesReadAlike(List.of(AgreementId.of(NAPLES), AgreementId.of(MOU), AgreementId.of(MOU)), r))
                .isEqualTo(law.purposesReadAlike(List.of(AgreementId.of(MOU), AgreementId.of(NAPLES)), r));
    }

    @Test
    void missingArgumentsAreRefusedNamingThem() {
        SharingLaw law = Ruritania.policy().law();
        assertThatThrownBy(() -> law.purposesReadAlike(null, SourceRestrictions.NONE))
                .isInstanceOf(NullPointerException.class).hasMessage("basis");
        assertThatThrownBy(() -> law.purposesReadAlike(List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("restrictions");
    }

    // ---- helpers ----

    private static SharingAgreement.Builder agreement(String id) {
        return SharingAgreement.builder(id).title("Agreement " + id).instrumentType(InstrumentType.MOU)
                .legalBasis("MoU " + id, "Art. 1").parties(PartySpec.agency(RCA), PartySpec.agency(RNP))
                .categories(InformationCategory.SEIZURE_REPORT);
    }

    private static List<String> classOf(List<List<PurposeId>> classes, String purpose) {
        for (List<PurposeId> c : classes) {
            if (c.contains(PurposeId.of(purpose))) {
                return c.stream().map(PurposeId::value).toList();
            }
        }
        throw new AssertionError("no class holds " + purpose + ": " + classes);
    }

    private static List<List<String>> names(List<List<PurposeId>> classes) {
        List<List<String>> out = new ArrayList<>();
        for (List<PurposeId> c : classes) {
            out.add(c.stream().map(PurposeId::value).toList());
        }
        return out;
    }

    private static void assertAlike(SharingDecision actual, SharingDecision expected) {
        assertThat(actual.outcome()).as(actual.request().toString()).isEqualTo(expected.outcome());
        assertThat(actual.agreement()).as(actual.request().toString()).isEqualTo(expected.agreement());
        assertThat(actual.conditions()).as(actual.request().toString()).isEqualTo(expected.conditions());
    }

    private static SharingPolicy restricted(SourceRestrictions r) {
        SharingPolicy policy = Ruritania.policy();
        InformationItem i = policy.item(ItemId.of(SEIZURE)).orElseThrow();
        return policy.toBuilder().putItem(new InformationItem(i.id(), i.title(), i.originator(), i.custody(),
                i.category(), i.fields(), i.markings(), r, i.status(), i.sourceSystem(), i.politicalCharacter()))
                .build();
    }

    private static SharingDecision decide(SharingPolicy policy, String purpose) {
        return SharingEngine.compile(policy).decide(SharingRequest.builder().recipient(RNP).item(SEIZURE)
                .purpose(purpose).at(DAY.atTime(12, 0).toInstant(ZoneOffset.UTC)).confidentialityAssured(true)
                .realIndications("recorded").build());
    }

    private static TreeSet<AgencyId> ids(String... values) {
        TreeSet<AgencyId> out = new TreeSet<>();
        for (String v : values) {
            out.add(AgencyId.of(v));
        }
        return out;
    }

    private static TreeSet<PurposeId> purposes(String... values) {
        TreeSet<PurposeId> out = new TreeSet<>();
        Arrays.stream(values).map(PurposeId::of).forEach(out::add);
        return out;
    }
}
