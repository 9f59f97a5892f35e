package org.passerelle.examples;

import java.io.PrintStream;
import java.io.StringWriter;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Scenario SC-01 of the domain brief: Ruritania Customs (RCA) shares its seizure report with the
 * police drugs unit (RNP) under MOU-RCA-RNP-2022.
 *
 * <p>The policy is the JSON directory {@code examples/customs-police}, the request the JSON file
 * {@code examples/requests/sc-01-rnp-drugs.json}. The engine is wrapped in an
 * {@link AuditedSharingEngine}, so the decision is written as one JSON line before it is returned
 * (SR-31). Expected: a permit with conditions: the bank account and home phone redacted (SR-27), the
 * TLP:AMBER marking kept (SR-19), retention until 2029-05-10 (SR-29), no onward transfer without
 * RCA's consent (SR-20).
 */
public final class SeizureReportToPolice {
    private SeizureReportToPolice() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print what happens
     * @return the decision
     */
    static SharingDecision run(PrintStream out) {
        PolicyReader reader = PolicyReader.create();
        SharingPolicy policy = reader.readSharingPolicy(ExampleFiles.path("customs-police"));
        SharingRequest request = reader.readRequest(ExampleFiles.path("requests/sc-01-rnp-drugs.json"));
        out.println("Policy examples/customs-police: " + policy.agencies().size() + " agencies, "
                + policy.agreements().size() + " agreement(s), " + policy.items().size() + " item(s); version "
                + policy.version());
        out.println("Request " + request.id() + ": " + request.requester() + " asks for " + request.item()
                + " for " + request.purpose() + " on " + request.instant() + ", citing " + request.citedAgreement());
        out.println();

        StringWriter auditLog = new StringWriter();
        SharingDecision decision;
        try (JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(auditLog)) {
            AuditedSharingEngine engine = AuditedSharingEngine.of(SharingEngine.compile(policy), sink);
            decision = engine.decide(request);
        }

        out.println(decision.explanation());
        out.println("Fields to redact before sending: " + decision.redactedFields());
        out.println("The police must delete or review it by: " + decision.retainUntil().orElseThrow());
        out.println();
        out.println("Audit line written before the decision was returned (SR-31):");
        out.print(auditLog);
        return decision;
    }
}
