package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/** The README's quick start, line for line, on the scenario policy: it must keep compiling and working. */
class ReadmeQuickStartTest {

    @Test
    void quickStartDecidesTheSeizureReport() {
        // The README reads "policy"; the scenario policy is under policies/scenarios of the test class path.
        SharingPolicy policy = PolicyReader.create().readPolicyFromClasspath("policies/scenarios").sharing(); // JSON documents
        SharingEngine engine = SharingEngine.compile(policy);                                        // immutable, thread-safe
        SharingDecision decision = engine.decide(SharingRequest.builder()
                .recipient("RNP").item("SEIZ-2024-0042").purpose("drug-trafficking-investigation")
                .at("2024-05-10T09:00:00Z").build());

        assertThat(decision.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(decision.explanation()).contains("MOU-RCA-RNP-2022", "SR-27");
    }
}
