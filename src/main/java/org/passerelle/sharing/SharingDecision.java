package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Checks;

/**
 * The answer to a {@link SharingRequest}: the outcome, the conditions attached to it, the agreement
 * relied on, every rule that fired with its id and legal source, and a plain-language explanation.
 *
 * <p>A decision is data: the caller acts on it, the engine never acts. This type is immutable and
 * thread-safe.
 *
 * @param request the request decided
 * @param decidedAt the instant the decision was made as of
 * @param outcome the outcome
 * @param agreement the agreement relied on by a permit; for another outcome, the agreement considered
 *        (nothing is relied on); null when none could be
 * @param conditions the conditions, for a permit (empty otherwise)
 * @param hits the rules that fired, in the order they were applied; for an outcome other than a
 *        permit, the deciding reason first
 * @param lawVersion the version of the law the decision was made under ({@link SharingLaw#version()})
 * @param factsRevision the revision of the item's facts the decision was made on
 *        ({@link ItemFacts#revision()}); 0 when the item is unknown
 * @param alsoConsidered the reasons of the other candidate agreements of a refusal, apart from
 *        the deciding ones; empty otherwise
 */
public record SharingDecision(SharingRequest request, Instant decidedAt, Outcome outcome, AgreementId agreement,
        List<Condition> conditions, List<RuleHit> hits, String lawVersion, long factsRevision,
        List<RuleHit> alsoConsidered) {

    /**
     * Validates the decision: a permit with conditions has some, any other outcome has none, and
     * every outcome other than a plain permit names at least one rule.
     */
    public SharingDecision {
        Checks.notNull("request", request);
        Checks.notNull("decidedAt", decidedAt);
        Checks.notNull("outcome", outcome);
        conditions = FrozenList.field("conditions", conditions);
        hits = FrozenList.field("hits", hits);
        alsoConsidered = FrozenList.field("alsoConsidered", alsoConsidered);
        Checks.notNull("lawVersion", lawVersion);
        if (factsRevision < 0) {
            throw new org.passerelle.model.InvalidInputException("factsRevision", Long.toString(factsRevision),
                    "must not be negative");
        }
        if (outcome == Outcome.PERMIT_WITH_CONDITIONS && conditions.isEmpty()) {
            outcome = Outcome.PERMIT;
        } else if (outcome == Outcome.PERMIT && !conditions.isEmpty()) {
            outcome = Outcome.PERMIT_WITH_CONDITIONS;
        } else if (!outcome.isPermit() && !conditions.isEmpty()) {
            conditions = List.of();
        }
        if (outcome != Outcome.PERMIT && hits.isEmpty()) {
            throw new org.passerelle.model.InvalidInputException("hits", outcome.name(),
                    "a decision other than a plain permit must name at least one rule");
        }
    }

    /**
     * Creates a decision with no other candidate's reasons apart.
     *
     * @param request the request decided, not null
     * @param decidedAt the instant the decision was made as of, not null
     * @param outcome the outcome, not null
     * @param agreement the agreement relied on or considered, or null
     * @param conditions the conditions, not null
     * @param hits the rules that fired, not null
     * @param lawVersion the version of the law, not null
     * @param factsRevision the revision of the item's facts, not negative
     */
    public SharingDecision(SharingRequest request, Instant decidedAt, Outcome outcome, AgreementId agreement,
            List<Condition> conditions, List<RuleHit> hits, String lawVersion, long factsRevision) {
        this(request, decidedAt, outcome, agreement, conditions, hits, lawVersion, factsRevision, List.of());
    }

    /**
     * Returns whether the flow may go ahead (with or without conditions).
     *
     * @return whether the outcome is a permit
     */
    public boolean isPermitted() {
        return outcome.isPermit();
    }

    /**
     * Returns the agreement relied on.
     *
     * @return the agreement, or empty
     */
    public Optional<AgreementId> agreementRelied() {
        return Optional.ofNullable(agreement);
    }

    /**
     * Returns the rule hits of the decision followed by those also considered (other candidates').
     *
     * @return every hit, not null
     */
    public List<RuleHit> allHits() {
        if (alsoConsidered.isEmpty()) {
            return hits;
        }
        List<RuleHit> all = new ArrayList<>(hits);
        all.addAll(alsoConsidered);
        return Collections.unmodifiableList(all);
    }

    /**
     * Returns the ids of the rules that fired, in order, without repetition (also those of the other
     * candidates considered).
     *
     * @return the rule ids, such as {@code [SR-27, SR-29]}
     */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (RuleHit h : allHits()) {
            if (!ids.contains(h.ruleId())) {
                ids.add(h.ruleId());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Returns whether a rule fired.
     *
     * @param rule the rule, not null
     * @return whether it fired
     */
    public boolean fired(SharingRule rule) {
        for (RuleHit h : allHits()) {
            if (h.rule() == rule) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the conditions of one kind.
     *
     * @param type the condition type, such as {@code Condition.Redact.class}
     * @param <C> the condition type
     * @return the matching conditions, in order
     */
    public <C extends Condition> List<C> conditions(Class<C> type) {
        List<C> found = new ArrayList<>();
        for (Condition c : conditions) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
        }
        return found;
    }

    /**
     * Returns every field to redact, over all redaction conditions.
     *
     * @return the field names, sorted
     */
    public SortedSet<String> redactedFields() {
        TreeSet<String> fields = new TreeSet<>();
        for (Condition.Redact r : conditions(Condition.Redact.class)) {
            fields.addAll(r.fields());
        }
        return Collections.unmodifiableSortedSet(fields);
    }

    /**
     * Returns the day the recipient must delete or review the information by: the earliest of the
     * retention conditions.
     *
     * @return the day, or empty when no retention condition applies
     */
    public Optional<LocalDate> retainUntil() {
        LocalDate min = null;
        for (Condition.RetainUntil r : conditions(Condition.RetainUntil.class)) {
            if (min == null || r.day().isBefore(min)) {
                min = r.day();
            }
        }
        return Optional.ofNullable(min);
    }

    /**
     * Returns the instant the request must be answered by: the earliest deadline.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> respondBy() {
        Instant min = null;
        for (Condition.RespondBy r : conditions(Condition.RespondBy.class)) {
            if (min == null || r.deadline().isBefore(min)) {
                min = r.deadline();
            }
        }
        return Optional.ofNullable(min);
    }

    /**
     * Returns a copy with one more rule hit and the outcome it calls for combined in (most
     * restrictive wins). A refusal drops the conditions.
     *
     * @param hit the hit, not null
     * @return the copy, not null
     */
    public SharingDecision with(RuleHit hit) {
        List<RuleHit> more = new ArrayList<>(hits);
        more.add(hit);
        Outcome combined = outcome.and(hit.effect());
        return new SharingDecision(request, decidedAt, combined, agreement,
                combined.isPermit() ? conditions : List.of(), more, lawVersion, factsRevision, alsoConsidered);
    }

    /**
     * Returns the plain-language explanation an officer can read: the outcome, the agreement, each
     * rule that fired with its reason and legal source, and the conditions.
     *
     * @return the explanation, several lines, not null
     */
    public String explanation() {
        // Written into the thread's buffer, then copied once into the string: no part is joined.
        Explanations.Text text = Explanations.Text.take();
        try {
            outcomeSentence(text);
            if (agreement == null) {
                text.add("\nAgreement relied on: none\n");
            } else {
                text.add(outcome.isPermit() ? "\nAgreement relied on: " : "\nAgreement considered: ")
                        .add(agreement.value()).add(outcome.isPermit() ? "\n" : " (nothing relied on)\n");
            }
            for (int i = 0; i < hits.size(); i++) {
                text.line(hits.get(i));
            }
            if (!alsoConsidered.isEmpty()) {
                text.add("Also considered (the other candidate agreements):\n");
                for (int i = 0; i < alsoConsidered.size(); i++) {
                    text.line(alsoConsidered.get(i));
                }
            }
            if (!conditions.isEmpty()) {
                text.add("Conditions:\n");
                for (int i = 0; i < conditions.size(); i++) {
                    text.add("- ").add(Explanations.describe(conditions.get(i))).add("\n");
                }
            }
            return text.toString();
        } finally {
            text.release();
        }
    }

    private void outcomeSentence(Explanations.Text text) {
        String item = request.item().toString();
        String recipient = request.recipient().toString();
        switch (outcome) {
            case PERMIT:
                text.add("PERMIT: item ").add(item).add(" may go to ").add(recipient).add(" for ")
                        .add(request.purpose().toString()).add(".");
                break;
            case PERMIT_WITH_CONDITIONS:
                text.add("PERMIT_WITH_CONDITIONS: item ").add(item).add(" may go to ").add(recipient).add(" for ")
                        .add(request.purpose().toString()).add(", under the conditions below.");
                break;
            case ESCALATE:
                text.add("ESCALATE: a person must decide whether item ").add(item).add(" may go to ").add(recipient)
                        .add(".");
                break;
            case PENDING_CONSENT:
                text.add("PENDING_CONSENT: item ").add(item).add(" may go to ").add(recipient)
                        .add(" only once its originator consents.");
                break;
            default:
                text.add("DENY: item ").add(item).add(" may not go to ").add(recipient).add(" for ")
                        .add(request.purpose().toString()).add(".");
        }
    }
}
