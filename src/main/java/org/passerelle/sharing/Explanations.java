package org.passerelle.sharing;

/**
 * Plain-language text for conditions, shared by decisions and their explanations.
 */
final class Explanations {
    /** The start of the line of a hit, {@code "- SR-04 (title, DENY): "}, by rule and effect. */
    private static final String[][] LINE_STARTS = lineStarts();
    /** The end of the line of a hit, {@code " [legal source]\n"}, by rule. */
    private static final String[] LINE_ENDS = lineEnds();

    private Explanations() {
    }

    /** Puts the three parts of the line of a hit at {@code at} (rule, title and effect; reason; legal source). */
    static int line(String[] parts, int at, RuleHit h) {
        parts[at] = LINE_STARTS[h.rule().ordinal()][h.effect().ordinal()];
        parts[at + 1] = h.reason();
        parts[at + 2] = LINE_ENDS[h.rule().ordinal()];
        return at + 3;
    }

    private static String[][] lineStarts() {
        SharingRule[] rules = SharingRule.values();
        Outcome[] effects = Outcome.values();
        String[][] starts = new String[rules.length][effects.length];
        for (SharingRule r : rules) {
            for (Outcome o : effects) {
                starts[r.ordinal()][o.ordinal()] = "- " + r.id() + " (" + r.title() + ", " + o + "): ";
            }
        }
        return starts;
    }

    private static String[] lineEnds() {
        SharingRule[] rules = SharingRule.values();
        String[] ends = new String[rules.length];
        for (SharingRule r : rules) {
            ends[r.ordinal()] = " [" + r.legalSource() + "]\n";
        }
        return ends;
    }

    static String describe(Condition c) {
        if (c instanceof Condition.Redact r) {
            return "redact fields " + String.join(", ", r.fields());
        } else if (c instanceof Condition.KeepMarking m) {
            String what = m.tlp() == null ? "" : m.tlp().label();
            if (m.handling() != null) {
                what = what.isEmpty() ? m.handling().name() : what + " and handling code " + m.handling();
            }
            return "keep the marking " + what + " (or a stricter one) on every copy";
        } else if (c instanceof Condition.RetainUntil r) {
            return "retain until " + r.day() + ", then delete or review";
        } else if (c instanceof Condition.NoOnwardTransferWithoutConsent n) {
            return "no onward transfer without the consent of " + n.originator();
        } else if (c instanceof Condition.NoOnwardTransfer) {
            return "no onward transfer at all";
        } else if (c instanceof Condition.NotifyOriginator n) {
            return "notify the originator " + n.originator() + " without delay";
        } else if (c instanceof Condition.VerifyWithSource v) {
            return "verify with the source " + v.source() + " before acting on it";
        } else if (c instanceof Condition.RespondBy r) {
            return "respond by " + r.deadline();
        } else if (c instanceof Condition.Uncorroborated u) {
            return "uncorroborated (graded " + u.grading() + "): not a sole basis for coercive action";
        } else if (c instanceof Condition.NeedToKnow) {
            return "disseminate only on a need-to-know basis";
        } else if (c instanceof Condition.NoEvidenceUse) {
            return "not to be used as evidence without the provider's prior written consent";
        } else if (c instanceof Condition.KeepEvaluation k) {
            return "keep the provider's evaluation " + k.grading() + "; only the provider may change it";
        } else if (c instanceof Condition.Emergency e) {
            return "emergency transfer (" + e.justification() + "): minimum data, short retention";
        }
        return c.toString();
    }
}
