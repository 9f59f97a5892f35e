package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.BasicRule;
import org.jeasy.rules.core.DefaultRulesEngine;
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
 * Easy Rules (4.1.0): one rule object per source restriction and per agreement in force, with plain
 * Java conditions (the fastest form Easy Rules offers; no MVEL or SpEL), fired by the
 * {@link DefaultRulesEngine}, which evaluates every rule's condition on every request.
 */
final class EasyRulesSharing implements SharingContender {
    private static final String FACT = "request";

    private final Rules rules = new Rules();
    private final DefaultRulesEngine engine = new DefaultRulesEngine();
    private final Map<ItemId, InformationItem> items;

    /** A source restriction (SR-18 exclusion or SR-29 retention ended): deny. */
    private static final class Restriction extends BasicRule {
        private final String item;
        private final Set<String> excluded;
        private final long lastDay;

        Restriction(InformationItem i) {
            super("restriction " + i.id().value(), "", 0);
            item = i.id().value();
            excluded = new HashSet<>();
            i.restrictions().excludedRecipients().forEach(a -> excluded.add(a.value()));
            LocalDate end = i.restrictions().retentionEnd();
            lastDay = end == null ? Long.MAX_VALUE : end.toEpochDay();
        }

        @Override
        public boolean evaluate(Facts facts) {
            RuleFact f = facts.get(FACT);
            return item.equals(f.getItem()) && (excluded.contains(f.getRecipient()) || f.getDay() > lastDay);
        }

        @Override
        public void execute(Facts facts) {
            ((RuleFact) facts.get(FACT)).deny();
        }
    }

    /** An agreement: permit for its purposes, pending consent for others when it has a consent extension. */
    private static final class Agreement extends BasicRule {
        private final String id;
        private final String a;
        private final String b;
        private final Set<String> categories = new HashSet<>();
        private final Map<String, String> fieldsByPurpose = new HashMap<>();
        private final boolean consentExtension;
        private final long from;
        private final long to;
        private final String retention;

        Agreement(SharingAgreement g) {
            super("agreement " + g.id().value(), "", 1);
            id = g.id().value();
            a = g.parties().get(0).agency().value();
            b = g.parties().get(1).agency().value();
            for (InformationCategory c : g.categories()) {
                categories.add(c.name());
            }
            for (PurposeId p : g.purposes()) {
                fieldsByPurpose.put(p.value(), String.join("|", g.personalFieldsFor(p)));
            }
            consentExtension = g.consentExtension();
            from = g.validFrom() == null ? Long.MIN_VALUE : g.validFrom().toEpochDay();
            to = g.validTo() == null ? Long.MAX_VALUE : g.validTo().toEpochDay();
            retention = g.maxRetention().toString();
        }

        @Override
        public boolean evaluate(Facts facts) {
            RuleFact f = facts.get(FACT);
            String o = f.getOriginator();
            String r = f.getRecipient();
            return (a.equals(o) || b.equals(o)) && (a.equals(r) || b.equals(r))
                    && categories.contains(f.getCategory()) && f.getDay() >= from && f.getDay() <= to
                    && (consentExtension || fieldsByPurpose.containsKey(f.getPurpose()));
        }

        @Override
        public void execute(Facts facts) {
            RuleFact f = facts.get(FACT);
            String fields = fieldsByPurpose.get(f.getPurpose());
            if (fields != null) {
                f.permit(id, fields, retention);
            } else {
                f.pending(id);
            }
        }
    }

    EasyRulesSharing(SharingPolicy policy) {
        items = new HashMap<>(policy.items());
        for (InformationItem i : policy.items().values()) {
            if (!i.restrictions().excludedRecipients().isEmpty() || i.restrictions().retentionEnd() != null) {
                rules.register(new Restriction(i));
            }
        }
        for (SharingAgreement g : policy.agreements().values()) {
            if (g.status() == AgreementStatus.IN_FORCE) {
                rules.register(new Agreement(g));
            }
        }
    }

    @Override
    public String name() {
        return "easyRules";
    }

    @Override
    public Answer decide(SharingRequest r) {
        InformationItem item = items.get(r.item());
        if (item == null) {
            return Answer.DENY;
        }
        RuleFact f = RuleFact.of(r, item);
        Facts facts = new Facts();
        facts.put(FACT, f);
        engine.fire(rules, facts);
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
