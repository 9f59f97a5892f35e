package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Drools (10.2.0, drools-engine-classic): the policy as generated DRL, built once with {@code KieHelper}
 * into a KieBase and decided with one reused {@link StatelessKieSession}. One rule per source restriction
 * (deny), one permit rule per party of each agreement in force as originator (an equality constraint, which
 * the Rete network hashes; then the recipient among the parties, category, purpose and validity days), whose consequence
 * records the obligations for the purpose, and one pending-consent rule per party of each agreement
 * with a consent extension. The fact keeps the most favourable verdict; a restriction overrides it.
 */
final class DroolsSharing implements SharingContender {
    private final StatelessKieSession session;
    private final Map<ItemId, InformationItem> items;

    DroolsSharing(SharingPolicy policy) {
        items = new HashMap<>(policy.items());
        KieHelper helper = new KieHelper();
        helper.addContent(drl(policy), ResourceType.DRL);
        KieBase base = helper.build(); // throws, with the messages, if the DRL does not build
        session = base.newStatelessKieSession();
    }

    /** The translation: one DRL document. */
    static String drl(SharingPolicy policy) {
        StringBuilder d = new StringBuilder(1 << 20);
        d.append("package org.passerelle.benchmarks.rules;\nimport ").append(RuleFact.class.getName()).append(";\n\n");
        for (InformationItem item : policy.items().values()) {
            String id = item.id().value();
            if (!item.restrictions().excludedRecipients().isEmpty()) {
                d.append("rule \"SR-18 ").append(id).append("\"\nwhen\n  $f : RuleFact(item == \"").append(id)
                        .append("\", recipient in (").append(item.restrictions().excludedRecipients().stream()
                                .map(a -> '"' + a.value() + '"').collect(Collectors.joining(", ")))
                        .append("))\nthen\n  $f.deny();\nend\n");
            }
            LocalDate end = item.restrictions().retentionEnd();
            if (end != null) {
                d.append("rule \"SR-29 ").append(id).append("\"\nwhen\n  $f : RuleFact(item == \"").append(id)
                        .append("\", day > ").append(end.toEpochDay()).append("L)\nthen\n  $f.deny();\nend\n");
            }
        }
        for (SharingAgreement g : policy.agreements().values()) {
            if (g.status() != AgreementStatus.IN_FORCE) {
                continue;
            }
            AgencyId a = g.parties().get(0).agency();
            AgencyId b = g.parties().get(1).agency();
            String categories = g.categories().stream().map(c -> '"' + c.name() + '"').collect(Collectors.joining(", "));
            StringBuilder validity = new StringBuilder();
            if (g.validFrom() != null) {
                validity.append(", day >= ").append(g.validFrom().toEpochDay()).append('L');
            }
            if (g.validTo() != null) {
                validity.append(", day <= ").append(g.validTo().toEpochDay()).append('L');
            }
            String parties = "\"" + a.value() + "\", \"" + b.value() + "\"";
            for (AgencyId originator : new AgencyId[] {a, b}) {
                // The originator is a party (equality: the Rete network hashes it), the recipient too (SR-04).
                String head = "  $f : RuleFact(originator == \"" + originator.value() + "\", recipient in (" + parties
                        + "), category in (" + categories + ")";
                d.append("rule \"permit ").append(g.id().value()).append(" from ").append(originator.value())
                        .append("\"\nwhen\n").append(head).append(", purpose in (")
                        .append(g.purposes().stream().map(p -> '"' + p.value() + '"').collect(Collectors.joining(", ")))
                        .append(")").append(validity).append(")\nthen\n  switch ($f.getPurpose()) {\n");
                for (PurposeId p : g.purposes()) {
                    d.append("    case \"").append(p.value()).append("\": $f.permit(\"").append(g.id().value())
                            .append("\", \"").append(String.join("|", g.personalFieldsFor(p))).append("\", \"")
                            .append(g.maxRetention()).append("\"); break;\n");
                }
                d.append("  }\nend\n");
                if (g.consentExtension()) {
                    d.append("rule \"pending ").append(g.id().value()).append(" from ").append(originator.value())
                            .append("\"\nwhen\n").append(head).append(validity)
                            .append(")\nthen\n  $f.pending(\"").append(g.id().value()).append("\");\nend\n");
                }
            }
        }
        return d.toString();
    }

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public Answer decide(SharingRequest r) {
        InformationItem item = items.get(r.item());
        if (item == null) {
            return Answer.DENY;
        }
        RuleFact f = RuleFact.of(r, item);
        session.execute(f);
        if (f.denied) {
            return Answer.DENY;
        }
        if (f.permitAgreement != null) {
            List<String> allowed = f.permitFields.isEmpty() ? List.of() : Arrays.asList(f.permitFields.split("\\|"));
            return new Answer(Outcome.PERMIT_WITH_CONDITIONS, AgreementId.of(f.permitAgreement),
                    Pep.redacted(item, r.fields(), allowed), Pep.retainUntil(LocalDate.ofEpochDay(f.getDay()),
                            Period.parse(f.permitRetention), item.restrictions().retentionEnd()));
        }
        return f.pendingAgreement != null ? Answer.PENDING_CONSENT : Answer.DENY;
    }
}
