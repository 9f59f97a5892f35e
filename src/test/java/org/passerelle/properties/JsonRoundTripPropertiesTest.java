package org.passerelle.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.audit.AuditRecord;
import org.passerelle.json.AuditJson;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Property;
import org.passerelle.testing.SharingGen;

/**
 * JSON round trips over generated policies, requests, decisions and audit records: writing then
 * reading gives an equal value, and writing again gives the same text (the canonical form is a
 * fixed point). Risk assessments have no JSON form on this branch (it is being written on branch
 * {@code riskjson}), so they are not covered here.
 */
class JsonRoundTripPropertiesTest {
    private static final PolicyReader READER = PolicyReader.create();

    @Test
    void policiesRequestsDecisionsAndAuditRecordsRoundTrip() {
        Property.forAll("JSON round trip", 150, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            String text = PolicyWriter.write(policy);
            SharingPolicy read = READER.readSharingPolicy(text, "generated.json");
            assertThat(read).isEqualTo(policy);
            assertThat(read.version()).isEqualTo(policy.version());
            assertThat(PolicyWriter.write(read)).isEqualTo(text);

            SharingEngine engine = SharingEngine.compile(policy);
            for (int i = 0; i < 6; i++) {
                SharingRequest request = SharingGen.request(g, policy);
                String requestText = PolicyWriter.writeRequest(request);
                assertThat(READER.readRequest(requestText, "request.json")).isEqualTo(request);

                SharingDecision decision = engine.decide(request);
                String decisionText = DecisionJson.write(decision);
                SharingDecision decisionRead = DecisionJson.readDecision(decisionText, "decision.json");
                assertThat(decisionRead).isEqualTo(decision);
                assertThat(decisionRead.explanation()).isEqualTo(decision.explanation());

                AuditRecord audit = AuditRecord.of(decision, request.id() + ":" + i,
                        decision.decidedAt().plusSeconds(i));
                String line = AuditJson.write(audit);
                assertThat(line).doesNotContain("\n");
                assertThat(AuditJson.read(line, "audit.jsonl")).isEqualTo(audit);
            }
        });
    }
}
