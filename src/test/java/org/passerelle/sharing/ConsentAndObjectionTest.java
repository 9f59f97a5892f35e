package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.ItemId;

/** What a recorded consent covers and when an objection applies, each condition on both sides. */
class ConsentAndObjectionTest {
    private static final ItemId ITEM = ItemId.of("SEIZ-1");
    private static final AgencyId RCA = AgencyId.of("RCA");
    private static final AgencyId RNP = AgencyId.of("RNP");
    private static final AgencyId RTA = AgencyId.of("RTA");
    private static final PurposeId DRUGS = PurposeId.of("drugs");
    private static final PurposeId TAX = PurposeId.of("tax");
    private static final AgreementId MOU = AgreementId.of("MOU");
    private static final LocalDate GRANTED = LocalDate.of(2024, 5, 1);
    private static final LocalDate UNTIL = LocalDate.of(2024, 12, 31);

    private static Consent consent(Set<PurposeId> purposes, Set<IntendedUse> uses, LocalDate until) {
        return new Consent(ConsentId.of("C1"), ITEM, RCA, RNP, new TreeSet<>(purposes), new TreeSet<>(uses),
                List.of(), GRANTED, until);
    }

    @Test
    @DisplayName("a consent covers its item, recipient, purposes and uses, from the day it was granted to its last day")
    void consentCovers() {
        Consent c = consent(Set.of(DRUGS), Set.of(IntendedUse.INTELLIGENCE), UNTIL);

        assertThat(c.covers(ITEM, RNP, DRUGS, IntendedUse.INTELLIGENCE, GRANTED)).isTrue();
        assertThat(c.covers(ITEM, RNP, DRUGS, IntendedUse.INTELLIGENCE, UNTIL)).isTrue();
        assertThat(c.covers(ITEM, RNP, DRUGS, IntendedUse.INTELLIGENCE, GRANTED.minusDays(1))).as("before granted").isFalse();
        assertThat(c.covers(ITEM, RNP, DRUGS, IntendedUse.INTELLIGENCE, UNTIL.plusDays(1))).as("after its end").isFalse();
        assertThat(c.covers(ITEM, RNP, DRUGS, IntendedUse.EVIDENCE, GRANTED)).as("another use").isFalse();
        assertThat(c.covers(ITEM, RNP, TAX, IntendedUse.INTELLIGENCE, GRANTED)).as("another purpose").isFalse();
        assertThat(c.covers(ITEM, RTA, DRUGS, IntendedUse.INTELLIGENCE, GRANTED)).as("another recipient").isFalse();
        assertThat(c.covers(ItemId.of("OTHER"), RNP, DRUGS, IntendedUse.INTELLIGENCE, GRANTED)).as("another item")
                .isFalse();
    }

    @Test
    @DisplayName("a consent without purposes, uses or end covers every purpose and use for good")
    void openConsent() {
        Consent c = consent(Set.of(), Set.of(), null);

        assertThat(c.covers(ITEM, RNP, TAX, IntendedUse.EVIDENCE, LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(c.covers(ITEM, RNP, TAX, IntendedUse.EVIDENCE, GRANTED.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("SR-22: an objection applies to its agreement, provider (originator or supplier), item and recipient"
            + " from the day it was recorded")
    void objectionApplies() {
        Objection o = new Objection(ConsentId.of("O1"), MOU, RCA, ITEM, RNP, GRANTED);

        assertThat(o.appliesTo(MOU, RCA, null, ITEM, RNP, GRANTED)).as("by the originator").isTrue();
        assertThat(o.appliesTo(MOU, RTA, RCA, ITEM, RNP, GRANTED)).as("by the supplier").isTrue();
        assertThat(o.appliesTo(MOU, RCA, null, ITEM, RNP, GRANTED.minusDays(1))).as("before it was recorded").isFalse();
        assertThat(o.appliesTo(MOU, RCA, null, ITEM, RTA, GRANTED)).as("another recipient").isFalse();
        assertThat(o.appliesTo(MOU, RCA, null, ItemId.of("OTHER"), RNP, GRANTED)).as("another item").isFalse();
        assertThat(o.appliesTo(MOU, RTA, RNP, ITEM, RNP, GRANTED)).as("neither originator nor supplier").isFalse();
        assertThat(o.appliesTo(AgreementId.of("CMAA"), RCA, null, ITEM, RNP, GRANTED)).as("another agreement").isFalse();
    }

    @Test
    @DisplayName("an objection without item or recipient covers everything the provider supplies under the agreement")
    void broadObjection() {
        Objection o = new Objection(ConsentId.of("O2"), MOU, RCA, null, null, GRANTED);

        assertThat(o.appliesTo(MOU, RCA, null, ItemId.of("ANY"), RTA, GRANTED)).isTrue();
        assertThat(o.appliesTo(MOU, RNP, null, ItemId.of("ANY"), RTA, GRANTED)).isFalse();
    }
}
