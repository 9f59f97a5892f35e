package org.passerelle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.json.ExpectedAssessment;
import org.passerelle.json.ExpectedDecision;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.FiredIndicator;
import org.passerelle.risk.FiredProfile;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Profile;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskRule;
import org.passerelle.risk.RiskRuleHit;
import org.passerelle.risk.WithheldProfile;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingRule;

/**
 * Compares a decision, or an assessment, with what a policy test expected, listing every difference
 * (not only the first), in the order of the {@code expect} object's fields. Stateless.
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
        for (RuleHit h : d.allHits()) {
            rules.add(h.rule());
        }
        return rules;
    }

    private static boolean decided(SharingDecision d, SharingRule r) {
        for (RuleHit h : d.allHits()) {
            if (h.rule() == r && h.effect() == d.outcome()) {
                return true;
            }
        }
        return false;
    }

    private static String effects(SharingDecision d, SharingRule r) {
        SortedSet<String> effects = new TreeSet<>();
        for (RuleHit h : d.allHits()) {
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

    static List<Mismatch> compare(ExpectedAssessment e, Assessment a, RiskPolicy policy) {
        List<Mismatch> out = new ArrayList<>();
        if (a.lane() != e.lane()) {
            out.add(new Mismatch("lane", e.lane().name(), a.lane().name()));
        }
        if (e.score() != null && e.score() != a.score()) {
            out.add(new Mismatch("score", e.score().toString(), Integer.toString(a.score())));
        }
        SortedSet<ProfileId> known = new TreeSet<>();
        for (Profile p : policy.profiles()) {
            known.add(p.id());
        }
        SortedSet<ProfileId> matched = matchedProfiles(a);
        for (ProfileId p : e.firedProfiles()) {
            if (!known.contains(p)) {
                out.add(new Mismatch("firedProfiles", p + " to match", "no profile " + p + " in the policy"));
            } else if (!matched.contains(p)) {
                out.add(new Mismatch("firedProfiles", p + " to match", "matched: " + matched));
            }
        }
        for (ProfileId p : e.notFiredProfiles()) {
            if (!known.contains(p)) {
                out.add(new Mismatch("notFiredProfiles", p + " not to match", "no profile " + p + " in the policy"));
            } else if (matched.contains(p)) {
                out.add(new Mismatch("notFiredProfiles", p + " not to match", p + " matched with lane "
                        + a.firedProfile(p.value()).map(f -> f.lane().name()).orElse("?")));
            }
        }
        SortedSet<IndicatorId> indicators = new TreeSet<>();
        for (Indicator i : policy.indicators()) {
            indicators.add(i.id());
        }
        SortedSet<IndicatorId> fired = firedIndicators(a);
        for (IndicatorId i : e.firedIndicators()) {
            if (!indicators.contains(i)) {
                out.add(new Mismatch("firedIndicators", i + " to fire", "no indicator " + i + " in the policy"));
            } else if (!fired.contains(i)) {
                out.add(new Mismatch("firedIndicators", i + " to fire", "fired: " + fired));
            }
        }
        for (IndicatorId i : e.notFiredIndicators()) {
            if (!indicators.contains(i)) {
                out.add(new Mismatch("notFiredIndicators", i + " not to fire", "no indicator " + i + " in the policy"));
            } else if (fired.contains(i)) {
                out.add(new Mismatch("notFiredIndicators", i + " not to fire", i + " fired"));
            }
        }
        if (e.random() != null && e.random() != a.isRandom()) {
            out.add(new Mismatch("random", e.random() ? "selected at random" : "not selected at random",
                    a.randomLane().map(l -> "selected at random for lane " + l).orElse("not selected at random")));
        }
        if (e.complete() != null && e.complete() != a.isComplete()) {
            out.add(new Mismatch("complete", e.complete() ? "complete" : "incomplete",
                    a.isComplete() ? "complete" : a.completenessFindings().size() + " completeness finding(s)"));
        }
        SortedSet<RiskRule> rules = riskRules(a);
        for (RiskRule r : e.rules()) {
            if (!rules.contains(r)) {
                out.add(new Mismatch("rules", r.id() + " to shape the assessment", "rules: " + rules));
            }
        }
        return out;
    }

    static SortedSet<ProfileId> matchedProfiles(Assessment a) {
        SortedSet<ProfileId> ids = new TreeSet<>();
        for (FiredProfile p : a.firedProfiles()) {
            ids.add(p.id());
        }
        return ids;
    }

    /** Returns the indicators that fired in matched profiles, those of restricted profiles (RR-07) included. */
    static SortedSet<IndicatorId> firedIndicators(Assessment a) {
        SortedSet<IndicatorId> ids = new TreeSet<>();
        for (FiredIndicator i : a.firedIndicators()) {
            ids.add(i.id());
        }
        for (WithheldProfile w : a.withheld()) {
            for (FiredIndicator i : w.indicators()) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    static SortedSet<RiskRule> riskRules(Assessment a) {
        SortedSet<RiskRule> rules = new TreeSet<>();
        for (RiskRuleHit h : a.ruleHits()) {
            rules.add(h.rule());
        }
        for (WithheldProfile w : a.withheld()) {
            for (RiskRuleHit h : w.ruleHits()) {
                rules.add(h.rule());
            }
        }
        return rules;
    }
}
