package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.MOU;
import static org.passerelle.testing.Ruritania.NAPLES;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.SMUGGLER;
import static org.passerelle.testing.Ruritania.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.ItemStatus;
import org.passerelle.testing.Ruritania;

/**
 * Data minimisation (SR-27) as a recipient reads it: the reason names whether the purpose is one the
 * agreement permits, the fields to redact form a sorted set of their own for each candidate agreement,
 * and that set answers every question a sorted set answers.
 */
class MinimisationExamplesTest extends RuleTestSupport {

    @Test
    void sr27TheReasonSaysWhetherTheAgreementPermitsThePurpose() {
        SharingDecision listed = decide(Ruritania.sc01Request());
        assertThat(listed.hits()).contains(new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS,
                "personal-data fields that agreement " + MOU + " does not list as necessary for purpose " + DRUGS
                        + " are redacted"));
        SharingDecision extended = decide(Ruritania.world().consents(consent("C-1", SMUGGLER, FCS, RNP, DRUGS,
                LocalDate.of(2024, 5, 1))), send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(extended.hits()).contains(new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS,
                "purpose " + DRUGS + " is not a purpose of agreement " + NAPLES + ": every personal-data field is"
                        + " redacted"));
        assertThat(extended.redactedFields()).containsExactly("dateOfBirth", "idDocumentNumber", "name", "nationality");
    }

    @Test
    void sr27EachCandidateRedactsOnlyWhatItsOwnTermsRequire() {
        // AAA-MOU comes first and lists no personal field for the purpose, and refuses the category:
        // its redactions must not reach the MoU's permit.
        SharingAgreement first = SharingAgreement.builder("AAA-MOU").title("An earlier MoU")
                .instrumentType(InstrumentType.MOU).legalBasis("MoU", "Art. 1")
                .parties(PartySpec.agency(RCA), PartySpec.agency(RNP)).purposes(DRUGS)
                .categories(InformationCategory.DECLARATION_DATA).build();
        SharingDecision d = decide(Ruritania.world().agreements(first), Ruritania.sc01Request().under(null));
        assertThat(d.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(d.agreement()).isEqualTo(AgreementId.of(MOU));
        assertThat(d.redactedFields()).containsExactly("bankAccount", "homePhone");
    }

    @Test
    void theFieldsToRedactAreASortedSet() {
        SharingDecision d = decide(Ruritania.world().consents(consent("C-1", SMUGGLER, FCS, RNP, DRUGS,
                LocalDate.of(2024, 5, 1))), send(RCA, RNP, SMUGGLER, DRUGS));
        List<Condition.Redact> redact = d.conditions(Condition.Redact.class);
        assertThat(redact).hasSize(1);
        SortedSet<String> fields = redact.get(0).fields();
        assertThat(fields).containsExactly("dateOfBirth", "idDocumentNumber", "name", "nationality");
        assertThat(fields.comparator()).isNull();
        assertThat(fields.first()).isEqualTo("dateOfBirth");
        assertThat(fields.last()).isEqualTo("nationality");
        assertThat(fields.contains("name")).isTrue();
        assertThat(fields.contains("offence")).isFalse();
        assertThat(fields.headSet("name")).containsExactly("dateOfBirth", "idDocumentNumber");
        assertThat(fields.tailSet("name")).containsExactly("name", "nationality");
        assertThat(fields.subSet("e", "nationality")).containsExactly("idDocumentNumber", "name");
        assertThat(fields.toArray()).containsExactly("dateOfBirth", "idDocumentNumber", "name", "nationality");
        assertThat(fields).isEqualTo(new java.util.TreeSet<>(List.of("name", "nationality", "dateOfBirth",
                "idDocumentNumber")));
        assertThatThrownBy(() -> fields.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.headSet("name").add("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.contains(null)).isInstanceOf(NullPointerException.class);
        java.util.Iterator<String> it = fields.iterator();
        for (int i = 0; i < 4; i++) {
            assertThat(it.hasNext()).isTrue();
            it.next();
        }
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void sr30AnEngineDecidesOnTheItemAsRecordedNow() {
        InMemoryFactStore store = InMemoryFactStore.of(Ruritania.policy());
        SharingEngine engine = SharingEngine.compile(Ruritania.policy().law(), store);
        SharingRequest sc01 = Ruritania.sc01Request().build();
        assertThat(engine.decide(sc01).isPermitted()).isTrue();
        assertThat(engine.decide(sc01).isPermitted()).as("decided again on the same facts").isTrue();
        store.recordStatus(org.passerelle.model.ItemId.of(Ruritania.SEIZURE), ItemStatus.INACCURATE);
        SharingDecision after = engine.decide(sc01);
        assertThat(after.outcome()).isEqualTo(Outcome.DENY);
        assertThat(after.fired(SharingRule.SR_30)).isTrue();
        store.recordStatus(org.passerelle.model.ItemId.of(Ruritania.SEIZURE), ItemStatus.ACTIVE);
        assertThat(engine.decide(sc01).isPermitted()).isTrue();
    }
}
