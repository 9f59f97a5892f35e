package org.example.kit;

import static org.passerelle.testing.SharingAssertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.PolicyTests;

/** The test kit from the class path: the domain assertions, and a declarative suite run by JUnit. */
class PolicyKitTest {
    private static final SharingEngine ENGINE =
            SharingEngine.compile(PolicyReader.create().readPolicyFromClasspath("policy").sharing());

    private static SharingRequest.Builder police(String purpose) {
        return SharingRequest.builder().id("K-1").recipient("RNP").item("SEIZ-2024-0042").purpose(purpose)
                .at("2024-05-10T09:00:00Z");
    }

    @Test
    void theSeizureReportGoesToThePoliceWithoutTheBankAccount() {
        assertThat(ENGINE.decide(police("drug-trafficking-investigation").build()))
                .isPermittedWithConditions().relyingOn("MOU-RCA-RNP-2022").withRedacted("bankAccount");
    }

    @Test
    void immigrationEnforcementIsNotAPurposeOfTheMou() {
        assertThat(ENGINE.decide(police("immigration-enforcement-check").build())).isRefused();
    }

    @TestFactory
    Stream<DynamicTest> theDeclarativeSuite() {
        return PolicyTests.dynamicTests(ENGINE, Path.of("src/test/resources/policy-tests"));
    }
}
