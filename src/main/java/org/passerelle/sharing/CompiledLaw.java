package org.passerelle.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.CountryCode;
import org.passerelle.model.ItemId;
import org.passerelle.model.OrganisationId;

/**
 * The core of the sharing engine: a {@link SharingLaw} compiled into indexes, and the decision
 * procedure over them and the facts of one item.
 *
 * <h2>Map of the internals</h2>
 * <ul>
 *   <li>{@link SharingEngine} (public) holds one {@code CompiledLaw}, a {@link FactStore}, a cache of
 *       {@link CompiledItem}s by item revision and a {@code Clock}; it picks the instant, reads the
 *       item's {@link ItemFacts}, calls {@link #decide} and turns any exception into a
 *       {@link SharingRule#FAIL_CLOSED} refusal ({@link #failClosed}).</li>
 *   <li>{@code CompiledLaw} (this class) holds the indexes built once: agencies (each with an
 *       index), purposes, {@link CompiledAgreement}s by agreement id, for each agency the
 *       {@link Candidates} it is a party to (sorted by id), and the legal area of each country.
 *       {@link #decide} resolves the request into {@link Facts} (with the {@link Receipt} of the
 *       holder), selects the candidate agreements ({@link #candidates}), runs {@link Check#ORDER} on
 *       each the recipient can receive under into a {@link Verdict} and keeps the least restrictive
 *       one.</li>
 *   <li>{@link Candidates}: the candidate agreements of a holder (or the one cited or received
 *       under) with their validity, party indexes and SR-02/SR-04 refusals packed side by side,
 *       so the candidates that are not evaluated cost a few array reads.</li>
 *   <li>{@link Workspace}: per thread, the {@code Facts}, the verdicts and the lists of a refusal,
 *       reused from one decision to the next; the decision takes exact-size copies of what it keeps
 *       ({@link FrozenList}, {@link FrozenSortedSet}), so a decision allocates little more than
 *       the {@link SharingDecision} it returns.</li>
 *   <li>{@link CompiledAgreement}: the party set of an agreement, its annexes, and per check the
 *       reasons that depend only on the agreement, as ready {@link RuleHit}s.</li>
 *   <li>{@link CompiledItem}: the originator and holder agencies, fields by name, and per check the
 *       reasons that depend only on the item; compiled per item revision.</li>
 *   <li>{@link Check}: one constant per check of a rule, its condition and the hooks that write its
 *       reasons together, and the ordered table of them.</li>
 *   <li>{@link Verdict}: the accumulator of one candidate: outcome (most restrictive wins), hits in
 *       order, conditions without repetition.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: decisions share nothing mutable but the texts a check writes on
 * first use ({@link Check#once}), which are kept once, whichever thread writes them.
 */
final class CompiledLaw {
    private static final RuleHit NONE_IN_FORCE = new RuleHit(SharingRule.SR_01, Outcome.DENY,
            "no candidate agreement is in force on the request day: no legal basis");
    private static final RuleHit NO_CANDIDATE_GRANTS = new RuleHit(SharingRule.SR_01, Outcome.DENY,
            "no candidate agreement provides a basis for this flow");

    final SharingLaw law;
    final String version;
    private final Map<AgencyId, Agency> agencies;
    private final Map<PurposeId, Purpose> purposes;
    private final Map<AgreementId, CompiledAgreement> agreements;
    /** The index of each agency ({@link Candidates}), and the agency of each index. */
    private final Map<AgencyId, Integer> agencyIndex;
    private final Agency[] byIndex;
    /** The candidates of a holder: the agreements it is a party to. */
    private final Map<AgencyId, Candidates> byParty;
    /** Each agreement as the one candidate (cited, or received under). */
    private final Map<AgreementId, Candidates> alone;
    /** The clients of each organisation: those of any of its agencies (TLP:AMBER, SR-13). */
    private final Map<OrganisationId, Set<AgencyId>> clients;
    /** The legal area id of each country in a declared area; other countries form their own. */
    private final Map<CountryCode, LegalAreaId> areas;

    CompiledLaw(SharingLaw law) {
        this.law = law;
        this.version = law.version();
        this.agencies = Map.copyOf(law.agencies());
        this.purposes = Map.copyOf(law.purposes());
        Map<AgencyId, Integer> indexes = new HashMap<>();
        for (AgencyId a : new java.util.TreeSet<>(law.agencies().keySet())) {
            indexes.put(a, indexes.size());
        }
        this.agencyIndex = Map.copyOf(indexes);
        this.byIndex = new Agency[indexes.size()];
        indexes.forEach((id, i) -> byIndex[i] = agencies.get(id));
        Map<AgreementId, CompiledAgreement> byId = new HashMap<>();
        Map<AgreementId, Candidates> single = new HashMap<>();
        Map<AgencyId, List<CompiledAgreement>> parties = new HashMap<>();
        for (SharingAgreement g : law.agreements().values()) {
            CompiledAgreement ca = new CompiledAgreement(g, law.agencies().values());
            byId.put(g.id(), ca);
            single.put(g.id(), new Candidates(List.of(ca), agencyIndex));
            for (AgencyId party : ca.parties) {
                parties.computeIfAbsent(party, k -> new ArrayList<>()).add(ca);
            }
        }
        this.agreements = Map.copyOf(byId);
        this.alone = Map.copyOf(single);
        Map<AgencyId, Candidates> index = new HashMap<>();
        for (Map.Entry<AgencyId, List<CompiledAgreement>> e : parties.entrySet()) {
            index.put(e.getKey(), new Candidates(e.getValue(), agencyIndex));
        }
        this.byParty = Map.copyOf(index);
        Map<CountryCode, LegalAreaId> area = new HashMap<>();
        for (LegalArea a : law.legalAreas().values()) {
            for (CountryCode c : a.countries()) {
                area.put(c, a.id());
            }
        }
        this.areas = Map.copyOf(area);
        Map<OrganisationId, Set<AgencyId>> served = new HashMap<>();
        for (Agency a : law.agencies().values()) {
            served.computeIfAbsent(a.organisation(), k -> new HashSet<>()).addAll(a.clients());
        }
        Map<OrganisationId, Set<AgencyId>> frozen = new HashMap<>();
        served.forEach((org, set) -> frozen.put(org, Set.copyOf(set)));
        this.clients = Map.copyOf(frozen);
    }

    /**
     * TLP:AMBER's "its organisation and its clients" (SR-13): whether an agency is a client of an
     * organisation, that is of any of its agencies.
     */
    boolean isClientOf(OrganisationId organisation, AgencyId agency) {
        Set<AgencyId> served = clients.get(organisation);
        return served != null && served.contains(agency);
    }

    boolean sameLegalArea(CountryCode a, CountryCode b) {
        if (a.equals(b)) {
            return true;
        }
        LegalAreaId x = areas.get(a);
        return x != null && x.equals(areas.get(b));
    }

    /**
     * Compiles what depends on the item alone, with how its holder received it ({@link Receipt}).
     *
     * @throws IllegalArgumentException if the item names an originator, holder or custody agreement
     *         the law does not know
     */
    CompiledItem compile(ItemFacts facts) {
        InformationItem item = facts.item();
        Agency originator = agencies.get(item.originator());
        Agency holder = agencies.get(item.holder());
        if (originator == null || holder == null) {
            throw new IllegalArgumentException("item " + item.id() + " names an agency the law does not know: "
                    + (originator == null ? item.originator() : item.holder()));
        }
        Receipt receipt = null;
        if (!originator.id().equals(holder.id())) {
            AgreementId under = item.lastHop().orElseThrow().receivedUnder();
            CompiledAgreement ca = under == null ? null : agreements.get(under);
            if (under != null && ca == null) {
                throw new IllegalArgumentException("item " + item.id() + " was received under agreement " + under
                        + ", which the law does not know");
            }
            receipt = Receipt.of(item, ca);
        }
        return new CompiledItem(item, facts.itemRevision(), originator, holder, receipt);
    }

    SharingDecision decide(SharingRequest r, Instant instant, ItemFacts stored, CompiledItem item) {
        Integer to = agencyIndex.get(r.recipient());
        Agency recipient = to == null ? null : byIndex[to];
        Purpose purpose = purposes.get(r.purpose());
        if (item == null || recipient == null || purpose == null || !agencies.containsKey(r.requester())) {
            return unknown(r, instant, stored, item, recipient, purpose);
        }
        Workspace w = Workspace.take();
        try {
            return decide(w, w.facts.load(this, r, instant, Workspace.day(instant), stored, item, recipient, to, purpose));
        } finally {
            w.release();
        }
    }

    private SharingDecision decide(Workspace w, Facts f) {
        SharingRequest r = f.request;
        Instant instant = f.instant;
        ItemFacts stored = f.stored;
        RuleHit noBasis = f.onwardFlow ? onwardBasis(f) : null;
        if (noBasis != null) {
            return refuse(r, instant, stored, noBasis);
        }
        Candidates candidates = candidates(f);
        if (candidates == null) {
            return refuse(r, instant, stored, new RuleHit(SharingRule.SR_01, Outcome.DENY, "the cited agreement "
                    + r.citedAgreement() + " is unknown: no legal basis"));
        }
        int n = candidates.size();
        if (n == 0) {
            return refuse(r, instant, stored, new RuleHit(SharingRule.SR_01, Outcome.DENY, "the holder "
                    + f.holder.id() + " is a party to no agreement: no legal basis"));
        }

        // Only candidates the recipient of a direct flow is party to can grant anything (SR-04); the
        // others are evaluated no further, and named only if every candidate refuses.
        Verdict best = null;
        Verdict[] verdicts = w.verdicts(n);
        int evaluated = 0;
        boolean anyInForce = false;
        boolean everyCandidate = f.onwardFlow || r.citedAgreement() != null;
        for (int i = 0; i < n; i++) {
            boolean inForce = candidates.inForce(i, f.epochDay);
            anyInForce |= inForce;
            if (!everyCandidate && !candidates.hasParty(i, f.recipientIndex)) {
                continue;
            }
            Verdict v = evaluate(f, w.verdict(evaluated++, candidates.agreements[i]),
                    inForce ? null : candidates.notInForce(i));
            verdicts[i] = v;
            if (best == null || v.outcome().compareTo(best.outcome()) < 0) {
                best = v;
            }
        }
        if (best == null || (best.outcome() == Outcome.DENY && n > 1)) {
            return refuseAll(w, f, candidates, verdicts, anyInForce);
        }
        if (!anyInForce) {
            best.hit(NONE_IN_FORCE);
        }
        return new SharingDecision(r, instant, best.outcome(), best.candidate.id,
                FrozenList.copyOf(best.decidedConditions()), FrozenList.copyOf(decidingFirst(best.hits(), best.outcome())),
                version, stored.revision());
    }

    /**
     * The hits of a decision other than a permit with its deciding reason (the first hit that calls
     * for the outcome) first, the others in the order they were applied.
     */
    private static List<RuleHit> decidingFirst(List<RuleHit> hits, Outcome outcome) {
        if (outcome.isPermit()) {
            return hits;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).effect() == outcome) {
                if (i > 0) {
                    hits.add(0, hits.remove(i));
                }
                break;
            }
        }
        return hits;
    }

    /**
     * SR-20 to SR-22, SR-29: the basis of an onward flow is the agreement the holder received the
     * item under (its last custody hop), and nothing else. Returns the refusal when there is none.
     */
    private static RuleHit onwardBasis(Facts f) {
        Receipt receipt = f.receipt;
        ItemId id = f.item.item.id();
        if (receipt.agreement == null) {
            return new RuleHit(SharingRule.SR_20, Outcome.DENY, "the holder " + f.holder.id() + " received item " + id
                    + " through a custody hop that names no agreement: no basis for an onward flow");
        }
        AgreementId under = receipt.agreement.id;
        AgreementId cited = f.request.citedAgreement();
        if (cited != null && !cited.equals(under)) {
            return new RuleHit(SharingRule.SR_20, Outcome.DENY, "the cited agreement " + cited + " does not govern "
                    + f.holder.id() + "'s custody of item " + id + " (received under agreement " + under
                    + "): citing an agreement can narrow the basis of an onward flow, never widen it");
        }
        if (!receipt.agreement.parties.contains(f.holder.id())) {
            return new RuleHit(SharingRule.SR_20, Outcome.DENY, "the holder " + f.holder.id()
                    + " is not a party to agreement " + under + ", under which it received item " + id
                    + ": no basis for an onward flow");
        }
        if (receipt.receivedOn != null && f.day.isBefore(receipt.receivedOn)) {
            return new RuleHit(SharingRule.SR_20, Outcome.DENY, "the request is dated " + f.day + ", before the"
                    + " holder " + f.holder.id() + " received item " + id + " on " + receipt.receivedOn);
        }
        if (receipt.retentionEnd != null && f.day.isAfter(receipt.retentionEnd)) {
            return Check.holderRetentionEnded(f.item);
        }
        return null;
    }

    /**
     * The candidate agreements: in an onward flow the one the holder received the item under; in a
     * direct flow the cited one, or every agreement the holder is a party to. Null when the cited
     * agreement is unknown.
     */
    private Candidates candidates(Facts f) {
        if (f.onwardFlow) {
            return alone.get(f.receipt.agreement.id);
        }
        AgreementId cited = f.request.citedAgreement();
        if (cited != null) {
            return alone.get(cited);
        }
        return byParty.getOrDefault(f.holder.id(), Candidates.NONE);
    }

    /**
     * No candidate grants anything: the refusal relies on no agreement. Its deciding reason comes
     * first: the first refusal of the first candidate in force that was evaluated (the candidates are
     * in agreement id order), else of the first evaluated, else why the first one was not; then that
     * candidate's other refusals and the summary (SR-01). The reasons of the other candidates are listed apart, as also
     * considered. A candidate that was not evaluated is one the recipient is not a party to (SR-04),
     * or one not in force (SR-02).
     */
    private SharingDecision refuseAll(Workspace w, Facts f, Candidates candidates, Verdict[] verdicts,
            boolean anyInForce) {
        long day = f.epochDay;
        int n = candidates.size();
        int deciding = 0;
        int rank = 0;
        for (int i = 0; i < n; i++) {
            // An evaluated candidate in force decides before one not in force, which decides before one
            // that was not evaluated; the first (lowest id) of a rank.
            int here = verdicts[i] == null ? 1 : candidates.inForce(i, day) ? 3 : 2;
            if (here > rank) {
                rank = here;
                deciding = i;
            }
        }
        List<RuleHit> hits = w.hits;
        List<RuleHit> also = w.also;
        for (int i = 0; i < n; i++) {
            List<RuleHit> into = i == deciding ? hits : also;
            Verdict v = verdicts[i];
            if (v == null) {
                into.add(candidates.notEvaluated(i, day));
                continue;
            }
            List<RuleHit> applied = v.hits();
            for (int k = 0; k < applied.size(); k++) {
                RuleHit h = applied.get(k);
                // The reasons of agreement rules name their agreement; item rules repeat across candidates.
                if (h.effect() == Outcome.DENY && !hits.contains(h) && !into.contains(h)) {
                    into.add(h);
                }
            }
        }
        hits.add(anyInForce ? NO_CANDIDATE_GRANTS : NONE_IN_FORCE);
        emergencyRecorded(f.request, hits);
        return new SharingDecision(f.request, f.instant, Outcome.DENY, null, List.of(), FrozenList.copyOf(hits),
                version, revision(f.stored), FrozenList.copyOf(also));
    }

    /** SR-34: an emergency invoked on a refusal before or across the candidates is still recorded. */
    private static void emergencyRecorded(SharingRequest r, List<RuleHit> hits) {
        RuleHit cannot = Check.emergencyCannotOverride(Outcome.DENY);
        if (r.emergencyJustification() != null && !hits.contains(cannot)) {
            hits.add(cannot);
        }
    }

    /**
     * Evaluates one candidate agreement into an empty verdict: SR-02 (its refusal when the agreement
     * is not in force on the day, else null), then {@link Check#ORDER}.
     */
    private static Verdict evaluate(Facts f, Verdict v, RuleHit notInForce) {
        CompiledAgreement ca = v.candidate;
        if (notInForce != null) {
            v.hit(notInForce);
            return v;
        }
        for (Check check : Check.ORDER) {
            check.apply(f, ca, v);
        }
        return v;
    }

    private SharingDecision unknown(SharingRequest r, Instant instant, ItemFacts stored, CompiledItem item,
            Agency recipient, Purpose purpose) {
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
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(), hits, version, revision(stored));
    }

    private SharingDecision refuse(SharingRequest r, Instant instant, ItemFacts stored, RuleHit hit) {
        List<RuleHit> hits = new ArrayList<>(2);
        hits.add(hit);
        emergencyRecorded(r, hits);
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(), FrozenList.copyOf(hits), version,
                revision(stored));
    }

    /** The refusal for an exception thrown while deciding. */
    SharingDecision failClosed(SharingRequest r, Instant instant, long factsRevision, RuntimeException e) {
        String what = e.getMessage() == null ? e.getClass().getName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new SharingDecision(r, instant, Outcome.DENY, null, List.of(),
                List.of(failClosedHit("error while deciding, refused: " + what)), version, factsRevision);
    }

    private static long revision(ItemFacts stored) {
        return stored == null ? 0 : stored.revision();
    }

    private static RuleHit failClosedHit(String reason) {
        return new RuleHit(SharingRule.FAIL_CLOSED, Outcome.DENY, reason + " (fail closed)");
    }
}
