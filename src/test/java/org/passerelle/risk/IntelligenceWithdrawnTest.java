package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.RiskAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.bridge.IntelligenceLinks;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemStatus;
import org.passerelle.model.Markings;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.model.TlpLabel;

/** RR-06: a profile built on an intelligence item stops applying when the facts of that item say so. */
class IntelligenceWithdrawnTest {

    private static Assessment assess(Markings markings, InformationItem facts) {
        RiskEngine engine = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(markings)).build();
        RiskContext.Builder context = RiskContext.builder()
                .trader(Fixtures.AEO_CONSIGNEE, Fixtures.TODAY.minusYears(6), 0, 0)
                .referenceValue("240311", "EG", "20.00", "EUR");
        if (facts != null) {
            IntelligenceLinks.facts(context, facts);
        }
        return engine.assess(Fixtures.d2(), context.build(), Fixtures.NOW);
    }

    @Test
    @DisplayName("RR-06: the profile applies while its intelligence item is active and retained")
    void appliesWhileActive() {
        InformationItem active = Fixtures.intelligence(Markings.of(TlpLabel.GREEN));
        assertThat(assess(Markings.of(TlpLabel.GREEN), active)).firedProfile("INT-0042", Lane.RED).notByRule("RR-06");
        assertThat(assess(Markings.of(TlpLabel.GREEN), null)).firedProfile("INT-0042", Lane.RED);
    }

    @Test
    @DisplayName("RR-06: the profile stops applying once its item is flagged inaccurate or erased")
    void stopsWhenInaccurateOrErased() {
        for (ItemStatus status : new ItemStatus[] {ItemStatus.INACCURATE, ItemStatus.ERASED}) {
            InformationItem flagged = Fixtures.intelligence(Markings.of(TlpLabel.GREEN)).withStatus(status);
            Assessment a = assess(Markings.of(TlpLabel.GREEN), flagged);
            assertThat(a).as("%s", status).didNotFireProfile("INT-0042").byRule("RR-06");
            assertThat(a.ruleHits()).anySatisfy(h -> assertThat(h.detail()).contains("is marked " + status));
        }
    }

    @Test
    @DisplayName("RR-06: the profile stops applying after the retention end the fact store now gives the item")
    void stopsAtTheItemsRetentionEnd() {
        InformationItem shortened = Fixtures.intelligence(Markings.of(TlpLabel.GREEN)).toBuilder()
                .restrictions(new SourceRestrictions(null, null, null, Fixtures.TODAY.minusDays(1), false)).build();
        Assessment stopped = assess(Markings.of(TlpLabel.GREEN), shortened);
        assertThat(stopped).didNotFireProfile("INT-0042").byRule("RR-06");
        assertThat(stopped.ruleHits()).anySatisfy(h -> assertThat(h.detail()).isEqualTo("profile INT-0042 not applied: "
                + "the retention of its intelligence item IR-2024-0917 ended on " + Fixtures.TODAY.minusDays(1)));
        InformationItem lastDay = Fixtures.intelligence(Markings.of(TlpLabel.GREEN)).toBuilder()
                .restrictions(new SourceRestrictions(null, null, null, Fixtures.TODAY, false)).build();
        assertThat(assess(Markings.of(TlpLabel.GREEN), lastDay)).firedProfile("INT-0042", Lane.RED);
    }

    @Test
    @DisplayName("RR-06 with restricted intelligence: recorded in the withheld part, not in the examiner's view")
    void restrictedProfileRecordsRr06InItsWithheldPart() {
        InformationItem erased = Fixtures.intelligence(Fixtures.restricted()).withStatus(ItemStatus.ERASED);
        Assessment a = assess(Fixtures.restricted(), erased);
        assertThat(a).didNotFireProfile("INT-0042").notByRule("RR-06");
        assertThat(a.withheld()).singleElement().satisfies(w -> {
            assertThat(w.profile()).isEqualTo(ProfileId.of("INT-0042"));
            assertThat(w.indicators()).isEmpty();
            assertThat(w.ruleHits()).singleElement().satisfies(h -> assertThat(h.rule()).isEqualTo(RiskRule.RR_06));
        });
        Assessment active = assess(Fixtures.restricted(), Fixtures.intelligence(Fixtures.restricted()));
        assertThat(active.withheld()).singleElement().satisfies(w -> assertThat(w.ruleHits()).isEmpty());
    }
}
