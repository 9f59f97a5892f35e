package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingPolicy;

/**
 * Facts one at a time in JSON, as a fact topic or a fact store carries them: items, consents,
 * objections and disclosures, each one compact line that reads back equal, and the strict reader's
 * problems with the source and the JSON path.
 */
class FactJsonTest {
    private final PolicyReader reader = PolicyReader.create();

    @Test
    void everyFactOfARichPolicySurvivesWriteAndReadOnOneLine() {
        SharingPolicy policy = RichPolicy.policy();

        for (InformationItem i : policy.items().values()) {
            String line = PolicyWriter.writeItem(i);
            assertThat(line).doesNotContain("\n");
            assertThat(reader.readItem(line, "items/0/1")).isEqualTo(i);
        }
        for (Consent c : policy.consents().values()) {
            assertThat(reader.readConsent(PolicyWriter.writeConsent(c), "consents/0/1")).isEqualTo(c);
        }
        for (Objection o : policy.objections().values()) {
            assertThat(reader.readObjection(PolicyWriter.writeObjection(o), "objections/0/1")).isEqualTo(o);
        }
        assertThat(policy.items()).isNotEmpty();
        assertThat(policy.consents()).isNotEmpty();
        assertThat(policy.objections()).isNotEmpty();
    }

    @Test
    void aDisclosureSurvivesWriteAndReadWithAndWithoutItsAgreement() {
        Disclosure under = new Disclosure("REQ-1:1", ItemId.of("SEIZ-1"), AgencyId.of("RCA"), AgencyId.of("RNP"),
                PurposeId.of("drug-trafficking-investigation"), AgreementId.of("MOU-RCA-RNP-2022"),
                Instant.parse("2024-05-10T09:00:00Z"));
        Disclosure back = new Disclosure("REQ-2:1", ItemId.of("SEIZ-1"), AgencyId.of("RNP"), AgencyId.of("RCA"),
                PurposeId.of("drug-trafficking-investigation"), null, Instant.parse("2024-05-11T09:00:00Z"));

        for (Disclosure d : new Disclosure[] {under, back}) {
            assertThat(reader.readDisclosure(PolicyWriter.writeDisclosure(d), "disclosures")).isEqualTo(d);
        }
        assertThat(PolicyWriter.writeDisclosure(under)).isEqualTo("{\"recordId\":\"REQ-1:1\",\"item\":\"SEIZ-1\","
                + "\"holder\":\"RCA\",\"recipient\":\"RNP\",\"purpose\":\"drug-trafficking-investigation\","
                + "\"agreement\":\"MOU-RCA-RNP-2022\",\"instant\":\"2024-05-10T09:00:00Z\"}");
    }

    @Test
    void aBrokenFactIsRefusedWithItsSourceAndPath() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readConsent("{\"id\": \"C-1\", \"item\": \"SEIZ-1\", \"grantedBy\": \"RCA\","
                        + " \"recipient\": \"RNP\", \"grantedOn\": \"yesterday\", \"colour\": 1}", "sharing.consents/1/7"));

        assertThat(e.problems()).extracting(Problem::jsonPath)
                .containsExactlyInAnyOrder("$.grantedOn", "$.colour");
        assertThat(e.getMessage()).contains("sharing.consents/1/7", "yesterday");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> reader.readDisclosure("{\"recordId\": \"R\"}", "d")).problems()).isNotEmpty();
    }
}
