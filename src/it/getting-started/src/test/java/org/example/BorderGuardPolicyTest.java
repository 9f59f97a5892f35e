package org.example;

import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

class BorderGuardPolicyTest {
    private static final SharingEngine ENGINE =
            SharingEngine.compile(PolicyReader.create().readPolicyFromClasspath("policy").sharing());

    private static SharingRequest.Builder borderGuardAsks(String purpose) {
        return SharingRequest.builder().id("T-1").recipient("RBG").item("DECL-2024-7781").purpose(purpose)
                .at("2024-09-02T10:00:00Z");
    }

    @Test
    void theBorderGuardGetsTheDeclarationWithoutTheDriversPhone() {
        assertThat(ENGINE.decide(borderGuardAsks("people-smuggling-investigation").build()))
                .isPermittedWithConditions()
                .relyingOn("MOU-RCA-RBG-2024")
                .withRedacted("driverPhone")
                .retainedUntil(LocalDate.of(2026, 9, 2))
                .withCondition(Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT)
                .firedRule("SR-27").firedRule("SR-29");
    }

    @Test
    void statisticsAreNotAPurposeOfTheMou() {
        assertThat(ENGINE.decide(borderGuardAsks("statistics").build())).isRefused().byRule("SR-06");
    }

    @Test
    void nothingFlowsAfterTheMouExpires() {
        assertThat(ENGINE.decide(borderGuardAsks("people-smuggling-investigation").at("2029-01-15T10:00:00Z").build()))
                .isRefused().byRule("SR-02");
    }
}
