package org.passerelle.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.audit.InMemoryAuditSink;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Declaration;
import org.passerelle.model.InWords;
import org.passerelle.model.Quantity;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.Seizure;
import org.passerelle.bridge.SeizureReports;
import org.passerelle.risk.ThreatArea;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.model.Markings;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.model.TlpLabel;

/**
 * A joint customs–police operation, end to end: the flagship example.
 *
 * <ol>
 *   <li>Ruritania Customs (RCA) scores a batch of declarations with the {@link RiskEngine}: a reefer
 *       container of bananas (HS 0803) from Ecuador, routed via a transhipment hub to a consignee
 *       first seen three weeks ago, goes red.</li>
 *   <li>The examination finds 180 kg of cocaine: an {@link InspectionResult} with a {@link Seizure}.</li>
 *   <li>{@link SeizureReports} turns the seizure into an information item, recorded in an
 *       {@link InMemoryFactStore}; the law is compiled once into an audited engine. RCA shares the
 *       report with the police drugs unit (RNP) under MOU-RCA-RNP-2022: redacted, with a retention
 *       limit; the permit is recorded as a disclosure (SR-31).</li>
 *   <li>The tax agency (RTA) asks customs for the same report for an income-tax audit: refused, as
 *       it is not a party to the MoU (SR-04), so no agreement gives a basis (SR-01).</li>
 *   <li>The police's custody of the report (received under the MoU) is recorded as a fact. The
 *       police ask to forward it to the INTERPOL NCB (RNCB): the customs originator must consent
 *       first (SR-20).</li>
 *   <li>RCA's consent is recorded in the fact store, nothing is recompiled, and the same request is
 *       now permitted with the consent's conditions.</li>
 *   <li>A second container of the network is about to arrive: an emergency request for operational
 *       use, which the consent does not cover, is permitted under the emergency clause with its
 *       conditions (SR-34).</li>
 *   <li>The report turns out inaccurate: RCA recalls it. Every earlier recipient, the NCB reached
 *       through the police included, gets a notification and a correction task; the recall is
 *       audited, and sharing the report is refused from then on (SR-30).</li>
 * </ol>
 *
 * <p>Everything is read from JSON: the risk policy (indicators, profile, score bands, trader
 * histories) from {@code examples/risk-targeting}, the declarations from
 * {@code examples/declarations/batch.json}, the sharing policy from {@code examples/customs-police}.
 * The custody hop and the consent are recorded in Java, as an application would record them.
 */
public final class JointOperation {
    static final String REPORT = "SEIZ-2024-0107";
    static final String MOU = "MOU-RCA-RNP-2022";
    static final String DRUGS = "drug-trafficking-investigation";

    private static final LocalDate EXAMINED = LocalDate.of(2024, 5, 8);

    private JointOperation() {
    }

    /**
     * What the operation decided, step by step.
     *
     * @param assessments the assessments of the batch, in order
     * @param report the seizure report the bridge made
     * @param toPolice the decision on sharing the report with the police drugs unit
     * @param forwardToNcb the decision on the police forwarding it to the NCB, before consent
     * @param forwardWithConsent the same request decided again after RCA's consent
     * @param taxOffice the decision on the tax agency's request
     * @param emergency the decision on the emergency request
     * @param recall the recall of the report once found inaccurate
     * @param afterRecall a request to share the recalled report
     */
    record Outcomes(List<Assessment> assessments, InformationItem report, SharingDecision toPolice,
            SharingDecision forwardToNcb, SharingDecision forwardWithConsent, SharingDecision taxOffice,
            SharingDecision emergency, Recall recall, SharingDecision afterRecall) {
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
     * @return what was decided at each step
     */
    static Outcomes run(PrintStream out) {
        heading(out, "1. Risk assessment of today's batch (RR-01, RR-04)");
        PolicyReader reader = PolicyReader.create();
        RiskPolicy risk = reader.readRiskPolicy(ExampleFiles.path("risk-targeting"));
        List<Declaration> batch = reader.readDeclarations(ExampleFiles.path("declarations/batch.json"));
        RiskEngine targeting = RiskEngine.compile(risk);
        out.println("Risk policy examples/risk-targeting: " + risk.indicators().size() + " indicators, profiles "
                + targeting.profiles().stream().map(p -> p.id().value()).toList() + "; " + batch.size()
                + " declarations in examples/declarations/batch.json");
        List<Assessment> assessments = new ArrayList<>();
        Declaration reefer = null;
        for (Declaration d : batch) {
            Assessment a = targeting.assess(d, risk.context(), d.lodgedAt());
            assessments.add(a);
            out.println(a.explanation());
            if (a.lane() == Lane.RED) {
                reefer = d;
            }
        }
        if (reefer == null) {
            throw new IllegalStateException("no declaration of the batch went red");
        }

        heading(out, "2. Physical examination of " + reefer.reference());
        InspectionResult result = InspectionResult.seized(reefer.reference(), EXAMINED,
                new Seizure("cocaine in banana boxes", Quantity.of(180, "KGM"), ThreatArea.NARCOTICS));
        out.println("Found: " + result.seizure().description() + ", " + InWords.quantity(result.seizure().quantity())
                + " (threat area " + result.seizure().threatArea() + ") on " + result.inspectedOn());

        heading(out, "3. RCA shares the seizure report with the police drugs unit (SR-27, SR-29, SR-20, SR-31)");
        SharingPolicy directory = reader.readSharingPolicy(ExampleFiles.path("customs-police"));
        Agency rca = directory.agency(AgencyId.of("RCA")).orElseThrow();
        InformationItem report = SeizureReports.toInformationItem(ItemId.of(REPORT), rca, reefer, result,
                Markings.of(TlpLabel.AMBER));
        InMemoryFactStore facts = InMemoryFactStore.of(directory);
        facts.recordItem(report);
        InMemoryAuditSink trail = new InMemoryAuditSink();
        AuditedSharingEngine sharing = AuditedSharingEngine.of(SharingEngine.compile(directory.law(), facts), trail);
        out.println("Law " + directory.law().version().substring(0, 12) + "... compiled once; seizure report "
                + report.id() + " (" + report.markings().tlp() + ") recorded in the fact store: " + report.title());
        SharingDecision toPolice = decide(out, sharing, SharingRequest.builder().id("OP-1").recipient("RNP")
                .item(REPORT).purpose(DRUGS).under(MOU).at("2024-05-10T09:00:00Z"));

        heading(out, "4. The tax agency asks customs for the same report, for an income-tax audit (SR-04, SR-01)");
        SharingDecision taxOffice = decide(out, sharing, SharingRequest.builder().id("OP-2").recipient("RTA")
                .item(REPORT).purpose("income-tax-audit").at("2024-05-10T10:00:00Z"));

        heading(out, "5. The police hold the report and ask to forward it to the INTERPOL NCB (SR-20)");
        facts.recordItem(report.withHop(new CustodyHop(AgencyId.of("RNP"), AgreementId.of(MOU),
                LocalDate.of(2024, 5, 10))));
        out.println("Custody hop recorded: " + REPORT + " now held by RNP, received under " + MOU
                + " (no recompilation; facts revision " + facts.revision() + ")");
        SharingRequest.Builder forward = SharingRequest.builder().id("OP-3").requester("RNP").recipient("RNCB")
                .item(REPORT).purpose(DRUGS).at("2024-05-13T10:00:00Z");
        SharingDecision forwardToNcb = decide(out, sharing, forward);

        heading(out, "6. RCA consents; the consent is recorded and the request decided again");
        Consent consent = new Consent(ConsentId.of("RCA-CONSENT-2024-0107"), ItemId.of(REPORT), AgencyId.of("RCA"),
                AgencyId.of("RNCB"), new TreeSet<>(Set.of(PurposeId.of(DRUGS))),
                new TreeSet<>(Set.of(IntendedUse.INTELLIGENCE)),
                List.of(new Condition.NotifyOriginator(AgencyId.of("RCA")),
                        new Condition.RetainUntil(LocalDate.of(2025, 5, 14))),
                LocalDate.of(2024, 5, 14), LocalDate.of(2024, 12, 31));
        List<Condition.Kind> kinds = new ArrayList<>();
        consent.conditions().forEach(c -> kinds.add(c.kind()));
        facts.recordConsent(consent);
        out.println("Consent " + consent.id() + " recorded: " + consent.grantedBy() + " lets " + consent.recipient()
                + " receive " + consent.item() + " for " + consent.purposes() + ", use " + consent.uses()
                + ", until " + consent.validUntil() + ", on conditions " + kinds);
        SharingDecision forwardWithConsent = decide(out, sharing,
                forward.id("OP-3-AGAIN").at("2024-05-14T10:00:00Z"));

        heading(out, "7. Imminent threat: emergency request for operational use (SR-34)");
        SharingDecision emergency = decide(out, sharing, forward.id("OP-4").intendedUse(IntendedUse.OPERATIONAL)
                .directlyAccessible(true) // the police holds the report: its contact point answers from its own files
                .emergency("a second reefer container of the same consignor reaches a neighbouring port within"
                        + " 24 hours; partner police must intercept it")
                .at("2024-05-16T22:00:00Z"));

        heading(out, "8. The laboratory finds the report inaccurate: RCA recalls it (SR-30, SR-31)");
        List<Disclosure> disclosed = facts.facts(ItemId.of(REPORT)).orElseThrow().disclosures();
        out.println(disclosed.size() + " disclosures recorded: " + disclosed.stream()
                .map(d -> d.holder() + "->" + d.recipient() + " (record "
                        + d.recordId().substring(d.recordId().lastIndexOf(':') + 1) + ")").toList());
        Recall recall = sharing.recall(ItemId.of(REPORT), ItemStatus.INACCURATE, Instant.parse("2024-05-20T08:00:00Z"));
        for (Recall.Notification n : recall.notifications()) {
            out.println("Notify " + n.recipient() + " (by " + n.notifier() + (n.disclosure() == null ? ", custody hop"
                    : ", disclosure " + n.disclosure()) + ")");
        }
        for (Recall.Task t : recall.tasks()) {
            out.println("Task: " + t.agency() + " must " + t.kind());
        }
        out.println("Recall recorded in the audit trail: " + trail.recalls().size());
        SharingDecision afterRecall = decide(out, sharing, forward.id("OP-5").emergency(null)
                .intendedUse(IntendedUse.INTELLIGENCE).at("2024-05-21T09:00:00Z"));

        return new Outcomes(List.copyOf(assessments), report, toPolice, forwardToNcb, forwardWithConsent,
                taxOffice, emergency, recall, afterRecall);
    }

    private static SharingDecision decide(PrintStream out, AuditedSharingEngine engine,
            SharingRequest.Builder builder) {
        SharingRequest request = builder.build();
        out.println("Request " + request.id() + ": " + request.requester() + " asks that " + request.item()
                + " go to " + request.recipient() + " for " + request.purpose() + " (" + request.intendedUse()
                + ")" + (request.emergencyJustification() == null ? "" : ", emergency") + ", "
                + request.instant());
        SharingDecision decision = engine.decide(request);
        out.print(decision.explanation());
        if (decision.isPermitted()) {
            out.println("In short: send without " + decision.redactedFields() + "; the recipient keeps it until "
                    + decision.retainUntil().map(Object::toString).orElse("no set day") + ".");
        } else {
            List<String> deciding = new ArrayList<>();
            decision.hits().stream().filter(h -> h.effect() == decision.outcome())
                    .forEach(h -> deciding.add(h.ruleId()));
            out.println("In short: " + decision.outcome() + ", because of " + deciding + ".");
        }
        return decision;
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }
}
