package org.passerelle.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import oasis.names.tc.xacml._3_0.core.schema.wd_17.DecisionType;
import org.ow2.authzforce.core.pdp.api.AttributeFqn;
import org.ow2.authzforce.core.pdp.api.AttributeFqns;
import org.ow2.authzforce.core.pdp.api.DecisionRequestBuilder;
import org.ow2.authzforce.core.pdp.api.DecisionResult;
import org.ow2.authzforce.core.pdp.api.PepAction;
import org.ow2.authzforce.core.pdp.api.PepActionAttributeAssignment;
import org.ow2.authzforce.core.pdp.api.value.Bags;
import org.ow2.authzforce.core.pdp.api.value.DateValue;
import org.ow2.authzforce.core.pdp.api.value.StandardDatatypes;
import org.ow2.authzforce.core.pdp.api.value.StringValue;
import org.ow2.authzforce.core.pdp.impl.BasePdpEngine;
import org.ow2.authzforce.core.pdp.impl.PdpEngineConfiguration;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * AuthzForce CE (21.0.1), XACML 3.0: a root PolicySet combined first-applicable of (1) a Policy of the
 * source's restrictions (one Deny rule per item that excludes recipients or has a retention end), (2) a
 * PolicySet of one Policy per agreement in force, whose Target matches originator and recipient among the parties,
 * the categories and the validity dates, with one Permit rule per purpose carrying obligations (the
 * agreement, the personal fields allowed, and the retention end computed by
 * {@code date-add-yearMonthDuration}), and (3) a PolicySet of one Policy per agreement with a consent
 * extension, a Deny with a {@code pending-consent} obligation. Requests are built with AuthzForce's native
 * API (no XML on the decision path), the most efficient way its documentation gives.
 */
final class XacmlSharing implements SharingContender {
    static final String NS = "urn:oasis:names:tc:xacml:3.0:core:schema:wd-17";
    static final String SUBJECT = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
    static final String RESOURCE = "urn:oasis:names:tc:xacml:3.0:attribute-category:resource";
    static final String ACTION = "urn:oasis:names:tc:xacml:3.0:attribute-category:action";
    static final String ENV = "urn:oasis:names:tc:xacml:3.0:attribute-category:environment";
    static final String STRING = "http://www.w3.org/2001/XMLSchema#string";
    static final String DATE = "http://www.w3.org/2001/XMLSchema#date";
    static final String YM_DURATION = "http://www.w3.org/2001/XMLSchema#yearMonthDuration";
    static final String FN = "urn:oasis:names:tc:xacml:1.0:function:";
    static final String FIRST_APPLICABLE_POLICY = "urn:oasis:names:tc:xacml:1.0:policy-combining-algorithm:first-applicable";
    static final String FIRST_APPLICABLE_RULE = "urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:first-applicable";
    static final String PERMIT_OBLIGATION = "urn:passerelle:obligation:permit";
    static final String PENDING_OBLIGATION = "urn:passerelle:obligation:pending-consent";

    private static final AttributeFqn ITEM = AttributeFqns.newInstance(RESOURCE, Optional.empty(), "urn:passerelle:item");
    private static final AttributeFqn ORIGINATOR = AttributeFqns.newInstance(RESOURCE, Optional.empty(),
            "urn:passerelle:originator");
    private static final AttributeFqn CATEGORY = AttributeFqns.newInstance(RESOURCE, Optional.empty(),
            "urn:passerelle:category");
    private static final AttributeFqn RECIPIENT = AttributeFqns.newInstance(SUBJECT, Optional.empty(),
            "urn:passerelle:recipient");
    private static final AttributeFqn PURPOSE = AttributeFqns.newInstance(ACTION, Optional.empty(),
            "urn:passerelle:purpose");
    private static final AttributeFqn DAY = AttributeFqns.newInstance(ENV, Optional.empty(), "urn:passerelle:day");

    private final BasePdpEngine pdp;
    private final Map<ItemId, InformationItem> items;

    XacmlSharing(SharingPolicy policy) {
        items = new HashMap<>(policy.items());
        try {
            Path dir = Files.createTempDirectory("passerelle-xacml");
            Path policyFile = dir.resolve("policy.xml");
            Files.writeString(policyFile, policySet(policy));
            Path conf = dir.resolve("pdp.xml");
            Files.writeString(conf, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <pdp xmlns="http://authzforce.github.io/core/xmlns/pdp/8"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="8.1">
                      <policyProvider id="rootPolicyProvider" xsi:type="StaticPolicyProvider">
                        <policyLocation>%s</policyLocation>
                      </policyProvider>
                    </pdp>
                    """.formatted(policyFile.toUri()));
            pdp = new BasePdpEngine(PdpEngineConfiguration.getInstance(conf.toUri().toString()));
            for (Path p : List.of(policyFile, conf, dir)) {
                p.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation: one XACML 3.0 PolicySet document. */
    static String policySet(SharingPolicy policy) {
        StringBuilder x = new StringBuilder(1 << 20);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PolicySet xmlns=\"").append(NS)
                .append("\" PolicySetId=\"urn:passerelle:sharing\" Version=\"1.0\" PolicyCombiningAlgId=\"")
                .append(FIRST_APPLICABLE_POLICY).append("\"><Target/>\n");
        // (1) The source's restrictions (SR-18 exclusions, SR-29 retention ended).
        x.append("<Policy PolicyId=\"urn:passerelle:source-restrictions\" Version=\"1.0\" RuleCombiningAlgId=\"")
                .append(FIRST_APPLICABLE_RULE).append("\"><Target/>\n");
        for (InformationItem item : policy.items().values()) {
            if (!item.restrictions().excludedRecipients().isEmpty()) {
                x.append("<Rule RuleId=\"exclude-").append(item.id().value()).append("\" Effect=\"Deny\"><Target><AnyOf>");
                for (AgencyId a : item.restrictions().excludedRecipients()) {
                    x.append("<AllOf>");
                    match(x, "string-equal", STRING, item.id().value(), RESOURCE, "urn:passerelle:item");
                    match(x, "string-equal", STRING, a.value(), SUBJECT, "urn:passerelle:recipient");
                    x.append("</AllOf>");
                }
                x.append("</AnyOf></Target></Rule>\n");
            }
            LocalDate end = item.restrictions().retentionEnd();
            if (end != null) {
                x.append("<Rule RuleId=\"retention-").append(item.id().value()).append("\" Effect=\"Deny\"><Target><AnyOf><AllOf>");
                match(x, "string-equal", STRING, item.id().value(), RESOURCE, "urn:passerelle:item");
                match(x, "date-less-than", DATE, end.toString(), ENV, "urn:passerelle:day");
                x.append("</AllOf></AnyOf></Target></Rule>\n");
            }
        }
        x.append("</Policy>\n");
        // (2) Permits, one policy per agreement in force, in agreement order (first applicable = lowest id).
        x.append("<PolicySet PolicySetId=\"urn:passerelle:permits\" Version=\"1.0\" PolicyCombiningAlgId=\"")
                .append(FIRST_APPLICABLE_POLICY).append("\"><Target/>\n");
        List<SharingAgreement> extensible = new ArrayList<>();
        for (SharingAgreement g : policy.agreements().values()) {
            if (g.status() != AgreementStatus.IN_FORCE) {
                continue;
            }
            if (g.consentExtension()) {
                extensible.add(g);
            }
            agreementPolicy(x, g, "permit");
            for (PurposeId p : g.purposes()) {
                x.append("<Rule RuleId=\"").append(p.value()).append("\" Effect=\"Permit\"><Target><AnyOf><AllOf>");
                match(x, "string-equal", STRING, p.value(), ACTION, "urn:passerelle:purpose");
                x.append("</AllOf></AnyOf></Target><ObligationExpressions><ObligationExpression ObligationId=\"")
                        .append(PERMIT_OBLIGATION).append("\" FulfillOn=\"Permit\">");
                assign(x, "agreement", STRING, g.id().value());
                for (String f : g.personalFieldsFor(p)) {
                    assign(x, "allowed-field", STRING, f);
                }
                x.append("<AttributeAssignmentExpression AttributeId=\"retain-until\"><Apply FunctionId=\"")
                        .append("urn:oasis:names:tc:xacml:3.0:function:date-add-yearMonthDuration\"><Apply FunctionId=\"")
                        .append(FN).append("date-one-and-only\">");
                designator(x, ENV, "urn:passerelle:day", DATE);
                x.append("</Apply><AttributeValue DataType=\"").append(YM_DURATION).append("\">")
                        .append(g.maxRetention()).append("</AttributeValue></Apply></AttributeAssignmentExpression>");
                x.append("</ObligationExpression></ObligationExpressions></Rule>\n");
            }
            x.append("</Policy>\n");
        }
        x.append("</PolicySet>\n");
        // (3) Purposes outside an agreement with a consent extension: pending the originator's consent (SR-06).
        x.append("<PolicySet PolicySetId=\"urn:passerelle:pending\" Version=\"1.0\" PolicyCombiningAlgId=\"")
                .append(FIRST_APPLICABLE_POLICY).append("\"><Target/>\n");
        for (SharingAgreement g : extensible) {
            agreementPolicy(x, g, "pending");
            x.append("<Rule RuleId=\"consent-extension\" Effect=\"Deny\"><ObligationExpressions>")
                    .append("<ObligationExpression ObligationId=\"").append(PENDING_OBLIGATION)
                    .append("\" FulfillOn=\"Deny\">");
            assign(x, "agreement", STRING, g.id().value());
            x.append("</ObligationExpression></ObligationExpressions></Rule>\n</Policy>\n");
        }
        x.append("</PolicySet>\n</PolicySet>\n");
        return x.toString();
    }

    /** Opens an agreement's Policy with its Target: originator and recipient parties, categories, validity. */
    private static void agreementPolicy(StringBuilder x, SharingAgreement g, String kind) {
        AgencyId a = g.parties().get(0).agency();
        AgencyId b = g.parties().get(1).agency();
        x.append("<Policy PolicyId=\"urn:passerelle:").append(kind).append(':').append(g.id().value())
                .append("\" Version=\"1.0\" RuleCombiningAlgId=\"").append(FIRST_APPLICABLE_RULE).append("\"><Target>");
        for (String attribute : new String[] {"originator", "recipient"}) {
            x.append("<AnyOf>");
            for (AgencyId party : new AgencyId[] {a, b}) {
                x.append("<AllOf>");
                match(x, "string-equal", STRING, party.value(), attribute.equals("originator") ? RESOURCE : SUBJECT,
                        "urn:passerelle:" + attribute);
                x.append("</AllOf>");
            }
            x.append("</AnyOf>");
        }
        x.append("<AnyOf>");
        for (InformationCategory c : g.categories()) {
            x.append("<AllOf>");
            match(x, "string-equal", STRING, c.name(), RESOURCE, "urn:passerelle:category");
            x.append("</AllOf>");
        }
        x.append("</AnyOf>");
        if (g.validFrom() != null) {
            x.append("<AnyOf><AllOf>");
            match(x, "date-less-than-or-equal", DATE, g.validFrom().toString(), ENV, "urn:passerelle:day");
            x.append("</AllOf></AnyOf>");
        }
        if (g.validTo() != null) {
            x.append("<AnyOf><AllOf>");
            match(x, "date-greater-than-or-equal", DATE, g.validTo().toString(), ENV, "urn:passerelle:day");
            x.append("</AllOf></AnyOf>");
        }
        x.append("</Target>\n");
    }

    private static void match(StringBuilder x, String function, String type, String value, String category,
            String attribute) {
        x.append("<Match MatchId=\"").append(FN).append(function).append("\"><AttributeValue DataType=\"").append(type)
                .append("\">").append(value).append("</AttributeValue>");
        designator(x, category, attribute, type);
        x.append("</Match>");
    }

    private static void designator(StringBuilder x, String category, String attribute, String type) {
        x.append("<AttributeDesignator Category=\"").append(category).append("\" AttributeId=\"").append(attribute)
                .append("\" DataType=\"").append(type).append("\" MustBePresent=\"false\"/>");
    }

    private static void assign(StringBuilder x, String id, String type, String value) {
        x.append("<AttributeAssignmentExpression AttributeId=\"").append(id).append("\"><AttributeValue DataType=\"")
                .append(type).append("\">").append(value).append("</AttributeValue></AttributeAssignmentExpression>");
    }

    @Override
    public String name() {
        return "authzforce";
    }

    @Override
    public Answer decide(SharingRequest r) {
        InformationItem item = items.get(r.item());
        if (item == null) {
            return Answer.DENY;
        }
        LocalDate day = LocalDate.ofEpochDay(Pep.epochDay(r.instant()));
        DecisionRequestBuilder<?> b = pdp.newRequestBuilder(4, 6);
        b.putNamedAttributeIfAbsent(ITEM, Bags.singletonAttributeBag(StandardDatatypes.STRING,
                new StringValue(r.item().value())));
        b.putNamedAttributeIfAbsent(ORIGINATOR, Bags.singletonAttributeBag(StandardDatatypes.STRING,
                new StringValue(item.originator().value())));
        b.putNamedAttributeIfAbsent(CATEGORY, Bags.singletonAttributeBag(StandardDatatypes.STRING,
                new StringValue(item.category().name())));
        b.putNamedAttributeIfAbsent(RECIPIENT, Bags.singletonAttributeBag(StandardDatatypes.STRING,
                new StringValue(r.recipient().value())));
        b.putNamedAttributeIfAbsent(PURPOSE, Bags.singletonAttributeBag(StandardDatatypes.STRING,
                new StringValue(r.purpose().value())));
        b.putNamedAttributeIfAbsent(DAY, Bags.singletonAttributeBag(StandardDatatypes.DATE,
                new DateValue(day.toString())));
        DecisionResult result = pdp.evaluate(b.build(false));
        if (result.getDecision() == DecisionType.PERMIT) {
            String agreement = null;
            LocalDate until = null;
            List<String> allowed = new ArrayList<>();
            for (PepAction action : result.getPepActions()) {
                for (PepActionAttributeAssignment<?> a : action.getAttributeAssignments()) {
                    switch (a.getAttributeId()) {
                        case "agreement" -> agreement = ((StringValue) a.getValue()).getUnderlyingValue();
                        case "allowed-field" -> allowed.add(((StringValue) a.getValue()).getUnderlyingValue());
                        case "retain-until" -> until = LocalDate.parse(((DateValue) a.getValue()).printXML());
                        default -> throw new IllegalStateException("unexpected obligation " + a);
                    }
                }
            }
            LocalDate end = item.restrictions().retentionEnd();
            return new Answer(Outcome.PERMIT_WITH_CONDITIONS, AgreementId.of(agreement),
                    Pep.redacted(item, r.fields(), allowed), end != null && end.isBefore(until) ? end : until);
        }
        if (result.getDecision() == DecisionType.DENY) {
            for (PepAction action : result.getPepActions()) {
                if (PENDING_OBLIGATION.equals(action.getId())) {
                    return Answer.PENDING_CONSENT;
                }
            }
            return Answer.DENY;
        }
        if (result.getDecision() == DecisionType.NOT_APPLICABLE) {
            return Answer.DENY;
        }
        throw new IllegalStateException("XACML decision " + result.getDecision() + ": " + result.getStatus());
    }
}
