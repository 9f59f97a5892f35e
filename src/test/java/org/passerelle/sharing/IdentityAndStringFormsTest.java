package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.Ruritania;

/**
 * When two laws or policies are the same (equal, with equal hash codes) and when not, and the string
 * forms of the law, the policy, the engine and the store, which name what they hold for a log line.
 */
class IdentityAndStringFormsTest {

    @Test
    void lawsAndPoliciesAreEqualExactlyWhenTheyHoldTheSame() {
        SharingPolicy a = Ruritania.policy();
        SharingPolicy b = Ruritania.policy();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.law()).isEqualTo(b.law()).hasSameHashCodeAs(b.law());
        SharingPolicy withConsent = Ruritania.world().consents(Ruritania.consent("C-1", Ruritania.SMUGGLER,
                Ruritania.FCS, Ruritania.RNP, Ruritania.DRUGS, LocalDate.of(2024, 5, 1))).build();
        assertThat(withConsent).isNotEqualTo(a);
        assertThat(withConsent.law()).as("the facts are not the law").isEqualTo(a.law());
        SharingPolicy with2017 = Ruritania.world().agreements(Ruritania.mou2017()).build();
        assertThat(with2017).isNotEqualTo(a);
        assertThat(with2017.law()).isNotEqualTo(a.law());
        assertThat(a.law()).isNotEqualTo(a).isNotEqualTo(null);
        assertThat(a).isNotEqualTo(a.law());
    }

    @Test
    void identifiersSortByTheirValue() {
        assertThat(new java.util.TreeSet<>(java.util.List.of(AgreementId.of("B"), AgreementId.of("A"),
                AgreementId.of("C")))).containsExactly(AgreementId.of("A"), AgreementId.of("B"), AgreementId.of("C"));
        assertThat(new java.util.TreeSet<>(java.util.List.of(PurposeId.of("b"), PurposeId.of("a"))))
                .containsExactly(PurposeId.of("a"), PurposeId.of("b"));
        assertThat(new java.util.TreeSet<>(java.util.List.of(ConsentId.of("C-2"), ConsentId.of("C-1"))))
                .containsExactly(ConsentId.of("C-1"), ConsentId.of("C-2"));
        assertThat(new java.util.TreeSet<>(java.util.List.of(LegalAreaId.of("EU"), LegalAreaId.of("BENELUX"))))
                .containsExactly(LegalAreaId.of("BENELUX"), LegalAreaId.of("EU"));
    }

    @Test
    void aLegalBasisReadsAsItsInstrumentAndArticle() {
        assertThat(new LegalBasis("Naples II Convention", "Art. 25")).hasToString("Naples II Convention Art. 25");
        assertThat(new LegalBasis("Naples II Convention", null)).hasToString("Naples II Convention");
        assertThat(Ruritania.mou().legalBasis()).hasToString("MoU RCA-RNP 2022 Art. 3");
    }

    @Test
    void stringFormsNameWhatTheyHold() {
        SharingPolicy policy = Ruritania.policy();
        String version = policy.version();
        assertThat(policy.law().toString()).isEqualTo("SharingLaw[version=" + version + ", agencies="
                + policy.agencies().size() + ", agreements=" + policy.agreements().size() + "]");
        assertThat(policy.toString()).isEqualTo("SharingPolicy[version=" + version + ", agencies="
                + policy.agencies().size() + ", agreements=" + policy.agreements().size() + ", items="
                + policy.items().size() + "]");
        InMemoryFactStore store = InMemoryFactStore.of(policy);
        assertThat(store.toString()).isEqualTo("InMemoryFactStore[items=" + policy.items().size() + ", revision="
                + store.revision() + "]");
        SharingEngine engine = SharingEngine.compile(policy.law(), store);
        assertThat(engine.toString()).startsWith("SharingEngine[law=" + version + ", facts=" + store + ", clock=");
    }
}
