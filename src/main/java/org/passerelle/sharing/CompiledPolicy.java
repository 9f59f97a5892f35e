package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.CountryCode;

/**
 * The core of the sharing engine: a {@link SharingPolicy} compiled into indexes, and the decision
 * procedure over them.
 *
 * <h2>Map of the internals</h2>
 * <ul>
 *   <li>{@link SharingEngine} (public) holds one {@code CompiledPolicy} and a {@code Clock}; it
 *       picks the instant, calls {@link #decide} and turns any exception into a
 *       {@link SharingRule#FAIL_CLOSED} refusal ({@link #failClosed}).</li>
 *   <li>{@code CompiledPolicy} (this class) holds the indexes built once at compile time: agencies,
 *       purposes, {@link CompiledItem}s by item id, {@link CompiledAgreement}s by agreement id, and
 *       for each agency the array of agreements it is a party to (sorted by id), plus the legal area
 *       of each country. {@link #decide} resolves the request into {@link Facts}, selects the
 *       candidate agreements, evaluates each into a {@link Verdict} and keeps the least restrictive
 *       one.</li>
 *   <li>{@link CompiledAgreement}: the party set of an agreement, its annexes and objections, and
 *       every reason that depends only on the agreement, as ready {@link RuleHit}s.</li>
 *   <li>{@link CompiledItem}: the originator and holder agencies, fields by name, the consents for
 *       the item, and every reason that depends only on the item, as ready {@link RuleHit}s.</li>
 *   <li>{@link AgreementRules}: SR-01, SR-03 to SR-06, SR-10, SR-16, SR-24, SR-25, SR-27 to SR-29,
 *       the onward-transfer rules SR-20 to SR-22, and SR-33.</li>
 *   <li>{@link ItemRules}: SR-30, SR-18, SR-07, SR-17, SR-08, SR-35, SR-11 to SR-14, SR-19 and
 *       SR-32.</li>
 *   <li>{@link Verdict}: the accumulator of one candidate: outcome (most restrictive wins), hits in
 *       order, conditions without repetition.</li>
 * </ul>
 *
 * <p>Per candidate, the order is: SR-02 (an agreement not in force grants nothing and stops there),
 * the agreement rules, the item rules, the onward rules, SR-33, then consents (which turn every
 * pending-consent hit into a permit with conditions) and the emergency clause SR-34. Only the
 * rules of candidate agreements run; reasons that can be written at compile time are.
 *
 * <p>Immutable and thread-safe: decisions share nothing mutable.
 */
final class CompiledPolicy {
    private static final CompiledAgreement[] NONE = new CompiledAgreement[0];
    private static final RuleHit NONE_IN_FORCE = new RuleHit(SharingRule.SR_01, Outcome.DENY,
            "no candidate agreement is in force on the request day: no legal basis");
    private static final RuleHit NO_CANDIDATE_GRANTS = new RuleHit(SharingRule.SR_01, Outcome.DENY,
            "no candidate agreement provides a basis for this flow");

    final SharingPolicy policy;
    private final String version;
    private final Map<AgencyId, Agency> agencies;
    private final Map<PurposeId, Purpose> purposes;
    private final Map<ItemId, CompiledItem> items;
    private final Map<AgreementId, CompiledAgreement> agreements;
    private final Map<AgencyId, CompiledAgreement[]> byParty;
    /** The legal area id of each country in a declared area; other countries form their own. */
    private final Map<CountryCode, LegalAreaId> areas;

    CompiledPolicy(SharingPolicy policy) {
        this.policy = policy;
        this.version = policy.version();
        this.agencies = Map.copyOf(policy.agencies());
        this.purposes = Map.copyOf(policy.purposes());

        Map<AgreementId, List<Objection>> objections = new HashMap<>();
        for (Objection o : policy.objections().values()) {
            objections.computeIfAbsent(o.agreement(), k -> new ArrayList<>()).add(o);
        }
        Map<AgreementId, CompiledAgreement> byId = new HashMap<>();
        Map<AgencyId, List<CompiledAgreement>> parties = new HashMap<>();
        for (SharingAgreement g : policy.agreements().values()) {
            CompiledAgreement ca = new CompiledAgreement(g, policy.agencies().values(),
                    objections.getOrDefault(g.id(), List.of()));
            byId.put(g.id(), ca);
            for (AgencyId party : ca.parties) {
                parties.computeIfAbsent(party, k -> new ArrayList<>()).add(ca);
            }
        }
        this.agreements = Map.copyOf(byId);
        Map<AgencyId, CompiledAgreement[]> index = new HashMap<>();
        for (Map.Entry<AgencyId, List<CompiledAgreement>> e : parties.entrySet()) {
            index.put(e.getKey(), e.getValue().toArray(NONE));
        }
        this.byParty = Map.copyOf(index);

        Map<ItemId, CompiledItem> compiledItems = new HashMap<>();
        for (InformationItem item : policy.items().values()) {
            compiledItems.put(item.id(), new CompiledItem(item, policy.agencies().get(item.originator()),
                    policy.agencies().get(item.holder()),
                    CompiledItem.consentsOf(item.id(), policy.consents().values())));
        }
        this.items = Map.copyOf(compiledItems);

        Map<CountryCode, LegalAreaId> area = new HashMap<>();
        for (LegalArea a : policy.legalAreas().values()) {
            for (CountryCode c : a.countries()) {
                area.put(c, a.id());
            }
        }
        this.areas = Map.copyOf(area);
    }

    boolean sameLegalArea(CountryCode a, CountryCode b) {
        if (a.equals(b)) {
            return true;
        }
        LegalAreaId x = areas.get(a);
        return x != null && x.equals(areas.get(b));
    }

    SharingDecision decide(SharingRequest r, Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        CompiledItem item = items.get(r.item());
        Agency recipient = agencies.get(r.recipient());
        Purpose purpose = purposes.get(r.purpose());
        if (item == null || recipient == null || purpose == null || !agencies.containsKey(r.requester())) {
            return unknown(r, instant, item, recipient, purpose);
        }
        Facts f = new Facts(r, instant, day, item, recipient, purpose);
        boolean onwardMode = f.onwardFlow;

        CompiledAgreement[] candidates;
        if (r.citedAgreement() != null) {
            CompiledAgreement cited = agreements.get(r.citedAgreement());
            if (cited == null) {
                return refuse(r, instant, new RuleHit(SharingRule.SR_01, Outcome.DENY, "the cited agreement "
                        + r.citedAgreement() + " is unknown: no legal basis"));
            }
            candidates = new CompiledAgreement[] {cited};
        } else if (onwardMode && item.receivedUnder != null) {
            candidates = new CompiledAgreement[] {agreements.get(item.receivedUnder)};
        } else {
            candidates = byParty.getOrDefault(item.holder.id(), NONE);
        }
        if (candidates.length == 0) {
            return refuse(r, instant, new RuleHit(SharingRule.SR_01, Outcome.DENY, "the holder "
                    + item.holder.id() + " is a party to no agreement: no legal basis"));
        }

        // Only candidates the recipient of a direct flow is party to can grant anything (SR-04); the
        // others are evaluated no further, and named only if every candidate refuses.
        Verdict best = null;
        Verdict[] verdicts = new Verdict[candidates.length];
        boolean anyInForce = false;
        for (int i = 0; i < candidates.length; i++) {
            CompiledAgreement ca = candidates[i];
            boolean inForce = ca.agreement.isInForceOn(day);
            anyInForce |= inForce;
            if (!onwardMode && r.citedAgreement() == null && !ca.parties.contains(recipient.id())) {
                continue;
            }
            Verdict v = evaluate(f, ca, onwardMode, inForce);
            verdicts[i] = v;
            if (best == null || v.outcome().compareTo(best.outcome()) < 0) {
                best = v;
            }
        }
        if (best == null || (best.outcome() == Outcome.DENY && candidates.length > 1)) {
            return refuseAll(r, instant, day, candidates, verdicts, anyInForce);
        }
        if (!anyInForce) {
            best.hit(NONE_IN_FORCE);
        }
        return new SharingDecision(r, instant, best.outcome(), best.candidate.id, best.conditions(), best.hits(),
                version);
    }

    /**
     * No candidate grants anything: the refusal relies on no agreement and gives, for each candidate,
     * the reasons it refused (SR-01 summarises). A candidate that was not evaluated is one the
     * recipient is not a party to (SR-04), or one not in force (SR-02).
     */
    private SharingDecision refuseAll(SharingRequest r, Instant instant, LocalDate day, CompiledAgreement[] candidates,
            Verdict[] verdicts, boolean anyInForce) {
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            Verdict v = verdicts[i];
            if (v == null) {
                hits.add(candidates[i].agreement.isInForceOn(day) ? candidates[i].recipientNotParty
                        : candidates[i].notInForce);
                continue;
            }
            for (RuleHit h : v.hits()) {
                // The reasons of agreement rules name their agreement; item rules repeat across candidates.
                if (h.effect() == Outcome.DENY && !hits.contains(h)) {
                    hits.add(h);
                }
            }
        }
        hits.add(anyInForce ? NO_CANDIDATE_GRANTS : NONE_IN_FORCE);
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(), hits, version);
    }

    /** Evaluates one candidate agreement into a partial verdict. */
    private Verdict evaluate(Facts f, CompiledAgreement ca, boolean onwardMode, boolean inForce) {
        Verdict v = new Verdict(ca);
        // SR-02
        if (!inForce) {
            v.hit(ca.notInForce);
            return v;
        }
        AgreementRules.apply(this, f, ca, onwardMode, v);
        ItemRules.apply(f, ca, v);
        AgreementRules.onward(f, ca, onwardMode, v);
        AgreementRules.deadline(f, ca, v);
        consent(f, v);
        emergency(f, ca, v);
        return v;
    }

    /** A recorded consent of the originator resolves every hit that waits for consent. */
    private static void consent(Facts f, Verdict v) {
        boolean pending = false;
        for (RuleHit h : v.hits()) {
            pending |= h.effect() == Outcome.PENDING_CONSENT;
        }
        if (!pending) {
            return;
        }
        Consent c = f.item.consentFor(f);
        if (c == null) {
            return;
        }
        v.resolvePending("consent " + c.id() + " of " + c.grantedBy() + " recorded on " + c.grantedOn(), true);
        for (Condition condition : c.conditions()) {
            v.condition(condition);
        }
    }

    /** SR-34: an emergency sets aside a consent that cannot be obtained in good time. */
    private static void emergency(Facts f, CompiledAgreement ca, Verdict v) {
        String justification = f.request.emergencyJustification();
        if (justification == null || v.outcome() != Outcome.PENDING_CONSENT) {
            return;
        }
        EmergencyClause clause = ca.agreement.emergency();
        if (clause == null) {
            v.hit(ca.emergencyNoClause);
        } else if (v.hasPending(SharingRule.SR_25)) {
            v.hit(ca.emergencyNotForEvidence);
        } else {
            v.resolvePending("set aside under the emergency clause (SR-34)", true);
            v.hit(new RuleHit(SharingRule.SR_34, Outcome.PERMIT_WITH_CONDITIONS, ca.emergencyReason));
            v.condition(new Condition.Emergency(justification));
            v.condition(new Condition.NotifyOriginator(f.originator.id()));
            v.condition(new Condition.RetainUntil(f.day.plus(clause.maxRetention())));
        }
    }

    private SharingDecision unknown(SharingRequest r, Instant instant, CompiledItem item, Agency recipient,
            Purpose purpose) {
        List<RuleHit> hits = new ArrayList<>(4);
        if (item == null) {
            hits.add(failClosedHit("unknown item " + r.item()));
        }
        if (recipient == null) {
            hits.add(failClosedHit("unknown recipient agency " + r.recipient()));
        }
        if (!agencies.containsKey(r.requester())) {
            hits.add(failClosedHit("unknown requester agency " + r.requester()));
        }
        if (purpose == null) {
            hits.add(failClosedHit("unknown purpose " + r.purpose()));
        }
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(), hits, version);
    }

    private SharingDecision refuse(SharingRequest r, Instant instant, RuleHit hit) {
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(), List.of(hit), version);
    }

    /** The refusal for an exception thrown while deciding. */
    SharingDecision failClosed(SharingRequest r, Instant instant, RuntimeException e) {
        String what = e.getMessage() == null ? e.getClass().getName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(),
                List.of(failClosedHit("error while deciding, refused: " + what)), version);
    }

    private static RuleHit failClosedHit(String reason) {
        return new RuleHit(SharingRule.FAIL_CLOSED, Outcome.DENY, reason + " (fail closed)");
    }
}
