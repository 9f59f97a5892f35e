package org.passerelle.sharing;

/**
 * Plain-language text for conditions, shared by decisions and their explanations.
 */
final class Explanations {
    private Explanations() {
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
