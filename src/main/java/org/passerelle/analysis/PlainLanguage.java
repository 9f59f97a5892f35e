package org.passerelle.analysis;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.SharingAgreement;

/**
 * Plain-language wording of outcomes, conditions and agreements, for people who do not read JSON:
 * what the report and the command-line tool print. Stateless.
 */
public final class PlainLanguage {
    private PlainLanguage() {
    }

    /**
     * Words an outcome, such as "may receive, on conditions".
     *
     * @param o the outcome, not null
     * @return the words, not null
     */
    public static String outcome(Outcome o) {
        switch (o) {
            case PERMIT:
                return "may receive";
            case PERMIT_WITH_CONDITIONS:
                return "may receive, on conditions";
            case ESCALATE:
                return "a person must decide";
            case PENDING_CONSENT:
                return "only with the originator's consent";
            default:
                return "refused";
        }
    }

    /**
     * Words a condition, such as "redact bankAccount, homePhone".
     *
     * @param c the condition, not null
     * @return the words, not null
     */
    public static String condition(Condition c) {
        if (c instanceof Condition.Redact r) {
            return "redact " + String.join(", ", r.fields());
        } else if (c instanceof Condition.KeepMarking k) {
            List<String> parts = new ArrayList<>();
            if (k.tlp() != null) {
                parts.add(k.tlp().label());
            }
            if (k.handling() != null) {
                parts.add(k.handling().name());
            }
            return "keep the marking " + String.join(" ", parts);
        } else if (c instanceof Condition.RetainUntil r) {
            return "keep until " + r.day() + " at the latest";
        } else if (c instanceof Condition.NoOnwardTransferWithoutConsent n) {
            return "pass on to nobody without the consent of " + n.originator();
        } else if (c instanceof Condition.NoOnwardTransfer) {
            return "pass on to nobody";
        } else if (c instanceof Condition.NotifyOriginator n) {
            return "notify " + n.originator();
        } else if (c instanceof Condition.VerifyWithSource v) {
            return "verify with " + v.source() + " before acting";
        } else if (c instanceof Condition.RespondBy r) {
            return "answer by " + r.deadline();
        } else if (c instanceof Condition.Uncorroborated u) {
            return "uncorroborated (" + u.grading() + "): never the sole basis for coercive action";
        } else if (c instanceof Condition.NeedToKnow) {
            return "need to know only";
        } else if (c instanceof Condition.NoEvidenceUse) {
            return "not as evidence without prior consent";
        } else if (c instanceof Condition.KeepEvaluation k) {
            return "keep the evaluation " + k.grading() + " on every copy";
        } else if (c instanceof Condition.Emergency e) {
            return "emergency transfer: " + e.justification();
        }
        return c.kind().name();
    }

    static String parties(SharingAgreement g) {
        List<String> out = new ArrayList<>();
        for (PartySpec p : g.parties()) {
            if (p.agency() != null) {
                out.add(p.agency().value());
            } else {
                String kinds = p.kinds().isEmpty() ? "every agency" : "every " + join(p.kinds());
                out.add(kinds + (p.countries().isEmpty() ? "" : " of " + join(p.countries())));
            }
        }
        return String.join(", ", out);
    }

    static String join(java.util.Collection<?> values) {
        List<String> s = new ArrayList<>();
        for (Object v : values) {
            s.add(String.valueOf(v));
        }
        return String.join(", ", s);
    }

    /**
     * Words an agreement in one paragraph: title, instrument, parties, validity, purposes,
     * categories, retention, onward transfer and evidence use.
     *
     * @param g the agreement, not null
     * @return the paragraph, not null
     */
    public static String agreement(SharingAgreement g) {
        StringBuilder s = new StringBuilder();
        s.append(g.title()).append(" (").append(g.instrumentType()).append(", ").append(g.legalBasis().instrument());
        if (g.legalBasis().article() != null) {
            s.append(' ').append(g.legalBasis().article());
        }
        s.append("). Between ").append(parties(g)).append(". ");
        s.append(g.status() == org.passerelle.sharing.AgreementStatus.IN_FORCE ? "In force" : "Status " + g.status());
        s.append(g.validFrom() == null ? "" : " from " + g.validFrom()).append(g.validTo() == null ? "" : " to "
                + g.validTo()).append(". ");
        s.append("For ").append(join(g.purposes())).append("; information: ").append(join(g.categories()))
                .append(". ");
        if (g.consentExtension()) {
            s.append("Other purposes with the provider's consent. ");
        }
        if (g.maxRetention() != null) {
            s.append("Kept at most ").append(g.maxRetention()).append(". ");
        }
        s.append("Onward transfer: ").append(g.onwardTransfer()).append("; evidence use: ").append(g.evidenceUse())
                .append('.');
        return s.toString();
    }
}
