package org.passerelle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.json.ExpectedDecision;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingRule;

/**
 * Compares a decision with what a policy test expected, listing every difference (not only the
 * first), in the order of the {@code expect} object's fields. Stateless.
 */
final class Expectations {
    private Expectations() {
    }

    static List<Mismatch> compare(ExpectedDecision e, SharingDecision d) {
        List<Mismatch> out = new ArrayList<>();
        if (d.outcome() != e.outcome()) {
            out.add(new Mismatch("outcome", e.outcome().name(), d.outcome().name()));
        }
        String relied = d.agreement() == null ? "no agreement" : d.agreement().value();
        if (e.noAgreement() && d.agreement() != null) {
            out.add(new Mismatch("agreement", "no agreement", relied));
        } else if (e.agreement() != null && !e.agreement().equals(d.agreement())) {
            out.add(new Mismatch("agreement", e.agreement().value(), relied));
        }
        SortedSet<SharingRule> fired = fired(d);
        for (SharingRule r : e.firedRules()) {
            if (!fired.contains(r)) {
                out.add(new Mismatch("firedRules", r.id() + " to fire", "fired: " + fired));
            }
        }
        for (SharingRule r : e.notFiredRules()) {
            if (fired.contains(r)) {
                out.add(new Mismatch("notFiredRules", r.id() + " not to fire", r.id() + " fired"));
            }
        }
        for (SharingRule r : e.decidingRules()) {
            if (!decided(d, r)) {
                out.add(new Mismatch("decidingRules", r.id() + " to call for " + d.outcome(),
                        fired.contains(r) ? r.id() + " fired with " + effects(d, r) : "fired: " + fired));
            }
        }
        SortedSet<Condition.Kind> kinds = kinds(d);
        for (Condition.Kind k : e.conditions()) {
            if (!kinds.contains(k)) {
                out.add(new Mismatch("conditions", "a condition " + k, "conditions: " + kinds));
            }
        }
        for (Condition.Kind k : e.absentConditions()) {
            if (kinds.contains(k)) {
                out.add(new Mismatch("absentConditions", "no condition " + k, "conditions: " + kinds));
            }
        }
        if (e.redacted() != null && !e.redacted().equals(d.redactedFields())) {
            out.add(new Mismatch("redacted", e.redacted().toString(), d.redactedFields().toString()));
        }
        if (e.retainUntil() != null && !d.retainUntil().equals(java.util.Optional.of(e.retainUntil()))) {
            out.add(new Mismatch("retainUntil", e.retainUntil().toString(),
                    d.retainUntil().map(Object::toString).orElse("no retention limit")));
        }
        if (e.respondBy() != null && !d.respondBy().equals(java.util.Optional.of(e.respondBy()))) {
            out.add(new Mismatch("respondBy", e.respondBy().toString(),
                    d.respondBy().map(Object::toString).orElse("no deadline")));
        }
        return out;
    }

    static SortedSet<SharingRule> fired(SharingDecision d) {
        SortedSet<SharingRule> rules = new TreeSet<>();
        for (RuleHit h : d.hits()) {
            rules.add(h.rule());
        }
        return rules;
    }

    private static boolean decided(SharingDecision d, SharingRule r) {
        for (RuleHit h : d.hits()) {
            if (h.rule() == r && h.effect() == d.outcome()) {
                return true;
            }
        }
        return false;
    }

    private static String effects(SharingDecision d, SharingRule r) {
        SortedSet<String> effects = new TreeSet<>();
        for (RuleHit h : d.hits()) {
            if (h.rule() == r) {
                effects.add(h.effect().name());
            }
        }
        return String.join(", ", effects);
    }

    private static SortedSet<Condition.Kind> kinds(SharingDecision d) {
        SortedSet<Condition.Kind> kinds = new TreeSet<>();
        for (Condition c : d.conditions()) {
            kinds.add(c.kind());
        }
        return kinds;
    }
}
