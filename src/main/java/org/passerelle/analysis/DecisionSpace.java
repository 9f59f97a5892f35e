package org.passerelle.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Annex;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Officer;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;

/**
 * The finite space of requests that the rules can tell apart, and the only place where the analysis
 * asks the engine for a decision.
 *
 * <h2>The equivalence classes</h2>
 * <ul>
 *   <li><b>Items</b>: items that differ only by id and title are decided alike, unless a consent or an
 *       objection names the item (then it is a class of its own). To each class of items held
 *       today are added <em>hypothetical</em> items: for every agency that is a party to an
 *       agreement and every category that agreement covers, one plain item (no marking, no
 *       restriction, no personal field) originated and held by that agency, so that a flow the law
 *       opens shows even before an item exists.</li>
 *   <li><b>Recipients</b>: every agency of the policy other than the holder; except that, for an item
 *       whose holder is its originator, only the agencies that share with the holder an agreement in
 *       force on a day of the analysis and covering the item's category are asked about. This one
 *       premise comes from the engine's documented contract instead of from asking it: a direct flow
 *       has no basis but an agreement the holder is a party to, the recipient must be a party to it,
 *       it must be in force and cover the category (SR-01, SR-04, SR-02). {@code PolicyAnalysis.Builder.exhaustive()} asks about every agency instead, and
 *       a test compares both on generated policies.</li>
 *   <li><b>Per recipient</b>: the classes of one holder whose items differ only by restrictions that
 *       read alike for the recipient ({@link SourceRestrictions#readFor}: an exclusion of another agency
 *       changes nothing for this one) are asked about once, through the first of them.</li>
 *   <li><b>Purposes</b>: every purpose of the policy; the purposes the law reads alike over the
 *       agreements that can carry the flow ({@link org.passerelle.sharing.SharingLaw#purposesReadAlike})
 *       are asked about once, through the first of them, for an item no consent or objection names.</li>
 *   <li><b>Days</b>: the first day of the period and every day in it on which a date of the
 *       policy starts or ends something (an agreement's first day and the day after its last, a
 *       consent's grant and the day after its end, an objection's recording, the day after a
 *       source's retention end, a custody hop's day and the next, and the day after a hop's day plus
 *       any retention period of the law). Between two such days no comparison of the rules changes
 *       its answer.</li>
 *   <li><b>Request profile</b>: the recipient asks (a pull), for the intended use of the analysis,
 *       routine, on the closed channel, with the confidentiality assurance given, real indications
 *       recorded, and an officer holding every need-to-know role an agreement names; once without
 *       an annex and once per annex an agreement defines (SR-03).</li>
 * </ul>
 *
 * <p>The engines are the {@link SharingEngine} of the library, unchanged, compiled once: one over
 * the policy's law and facts, one over the same law and a fact store of the hypothetical items.
 * Immutable and thread-safe.
 */
final class DecisionSpace {
    /** The prefix of the ids of hypothetical items. */
    static final String HYPOTHETICAL = "hypothetical:";

    final SharingPolicy policy;
    final IntendedUse use;
    final List<ItemClass> classes;
    final List<LocalDate> days;
    final List<String> forms;
    final List<Agency> agencies;
    final List<PurposeId> purposes;
    /** The index of each class by the id of its representative. */
    private final Map<ItemId, Integer> byRepresentative;
    /** The position of each purpose in {@link #purposes}. */
    private final Map<PurposeId, Integer> purposeIndex;
    /**
     * For each agency and category, the agencies that share with it an agreement in force on a day of
     * the analysis and covering the category, in policy order; null when every agency is asked about.
     */
    private final Map<List<Object>, List<Agency>> partners;
    /**
     * For each ordered pair of agencies (holder, recipient), the agreements in force on a day of the
     * analysis that both are parties to.
     */
    private final Map<List<AgencyId>, List<SharingAgreement>> shared;
    /** The agencies of the policy that are parties to each agreement. */
    private final Map<AgreementId, List<AgencyId>> parties = new HashMap<>();
    /** The agreements each agency is a party to, in id order. */
    private final Map<AgencyId, List<SharingAgreement>> agreementsOf = new HashMap<>();
    /** The items a consent or an objection names. */
    private final Set<ItemId> named;
    /** A number for each distinct value of restrictions met, read for a recipient or not. */
    private final java.util.concurrent.ConcurrentHashMap<SourceRestrictions, Integer> restrictionIds;
    private final java.util.concurrent.atomic.AtomicInteger nextRestrictionId;
    /** The number of shapes of the classes of items held today (hypothetical classes are numbered after). */
    private int shapes;
    private final Officer officer;
    private final SharingEngine engine;
    private final SharingEngine lawEngine;

    /**
     * A class of items decided alike: the representative that is asked about, every member, and
     * whether it is hypothetical.
     */
    record ItemClass(InformationItem representative, List<ItemId> members, boolean hypothetical, int shape,
            int restrictions) {
        int size() {
            return hypothetical ? 0 : members.size();
        }

        AgencyId holder() {
            return representative.holder();
        }
    }

    DecisionSpace(SharingPolicy policy, LocalDate from, LocalDate to, IntendedUse use) {
        this(policy, from, to, use, false);
    }

    DecisionSpace(SharingPolicy policy, LocalDate from, LocalDate to, IntendedUse use, boolean exhaustive) {
        this(policy, from, to, use, exhaustive, null);
    }

    /**
     * A space; given {@code sameFacts}, a space of a policy with the same facts (items, consents,
     * objections) whose classes of items held today and fact store are reused.
     */
    DecisionSpace(SharingPolicy policy, LocalDate from, LocalDate to, IntendedUse use, boolean exhaustive,
            DecisionSpace sameFacts) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        this.policy = policy;
        this.use = use;
        this.agencies = List.copyOf(policy.agencies().values());
        this.purposes = List.copyOf(policy.purposes().keySet());
        Map<PurposeId, Integer> index = new HashMap<>();
        for (int i = 0; i < purposes.size(); i++) {
            index.put(purposes.get(i), i);
        }
        this.purposeIndex = Map.copyOf(index);
        List<ItemClass> all = new ArrayList<>();
        if (sameFacts == null) {
            this.restrictionIds = new java.util.concurrent.ConcurrentHashMap<>();
            this.nextRestrictionId = new java.util.concurrent.atomic.AtomicInteger();
            this.named = named(policy);
            realClasses(policy, named, all);
        } else {
            this.restrictionIds = sameFacts.restrictionIds;
            this.nextRestrictionId = sameFacts.nextRestrictionId;
            this.named = sameFacts.named;
            this.shapes = sameFacts.shapes;
            for (ItemClass c : sameFacts.classes) {
                if (!c.hypothetical) {
                    all.add(c);
                }
            }
        }
        hypotheticalClasses(policy, all);
        this.classes = List.copyOf(all);
        Map<ItemId, Integer> byRepresentative = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            byRepresentative.put(classes.get(i).representative.id(), i);
        }
        this.byRepresentative = byRepresentative;
        this.days = breakpoints(policy, from, to);
        partiesOf();
        this.shared = sharedOf(days);
        this.forms = formsOf(policy);
        this.partners = exhaustive ? null : partnersOf(days);
        SortedSet<String> roles = new TreeSet<>();
        for (SharingAgreement g : policy.agreements().values()) {
            roles.addAll(g.needToKnowRoles());
        }
        this.officer = new Officer("analysis-officer", roles, new TreeSet<>());
        this.engine = sameFacts == null ? SharingEngine.compile(policy)
                : SharingEngine.compile(policy.law(), sameFacts.engine.facts());
        InMemoryFactStore hypothetical = InMemoryFactStore.create();
        for (ItemClass c : classes) {
            if (c.hypothetical) {
                hypothetical.recordItem(c.representative);
            }
        }
        this.lawEngine = SharingEngine.compile(policy.law(), hypothetical);
    }

    /**
     * Asks the engine. The one call of the analysis into the engine: items held today are decided by
     * the engine of the policy as given, hypothetical items by an engine of the same law that holds
     * them (they have no consent, objection or custody, so no other fact could concern them).
     */
    SharingDecision decide(SharingRequest request) {
        return (isHypothetical(request.item()) ? lawEngine : engine).decide(request);
    }

    /** The request of the analysis' profile for an item, a recipient, a purpose, a day and an annex. */
    SharingRequest request(ItemId item, AgencyId recipient, PurposeId purpose, LocalDate day, String form,
            AgreementId cited) {
        return new SharingRequest("analysis", recipient, recipient, item, new TreeSet<>(), purpose, use,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), null, false, null, cited, officer, null, null, true,
                "recorded for the analysis", form, null, false, false, null);
    }

    /** The index of the class an item represents, or null when it represents none. */
    Integer indexOf(ItemId representative) {
        return byRepresentative.get(representative);
    }

    /**
     * The holders whose flows may differ between an earlier space of the same facts (items, consents,
     * objections: the caller's precondition) and this one, or null when the earlier matrix cannot be
     * reused at all: the spaces must have the same period, use, agencies, purposes, legal areas, days,
     * annexes and officer, and neither be exhaustive. The holders are the parties (in either space) to
     * an agreement that was added, removed or changed, and the holders of items received under such
     * an agreement.
     */
    Set<AgencyId> changedHolders(DecisionSpace earlier) {
        SharingPolicy a = earlier.policy;
        SharingPolicy b = policy;
        if (partners == null || earlier.partners == null || use != earlier.use || !days.equals(earlier.days)
                || !forms.equals(earlier.forms) || !officer.equals(earlier.officer)
                || !a.agencies().equals(b.agencies()) || !a.purposes().equals(b.purposes())
                || !a.law().legalAreas().equals(b.law().legalAreas())) {
            return null;
        }
        Set<AgreementId> changed = new HashSet<>();
        for (AgreementId id : a.agreements().keySet()) {
            if (!a.agreements().get(id).equals(b.agreements().get(id))) {
                changed.add(id);
            }
        }
        for (AgreementId id : b.agreements().keySet()) {
            if (!a.agreements().containsKey(id)) {
                changed.add(id);
            }
        }
        Set<AgencyId> holders = new HashSet<>();
        for (AgreementId id : changed) {
            holders.addAll(earlier.parties.getOrDefault(id, List.of()));
            holders.addAll(parties.getOrDefault(id, List.of()));
        }
        for (ItemClass c : classes) {
            if (!c.hypothetical && !c.representative.originator().equals(c.holder())) {
                AgreementId under = c.representative.lastHop().orElseThrow().receivedUnder();
                if (under != null && changed.contains(under)) {
                    holders.add(c.holder());
                }
            }
        }
        return holders;
    }

    /** The position of a purpose in {@link #purposes}. */
    int purposeIndex(PurposeId purpose) {
        return purposeIndex.get(purpose);
    }

    /** The recipients to ask about for an item class: see the class documentation. */
    List<Agency> recipients(ItemClass c) {
        if (partners == null || !c.representative.originator().equals(c.holder())) {
            return agencies;
        }
        return partners.getOrDefault(List.of(c.holder(), c.representative.category()), List.of());
    }

    /**
     * The recipients to ask about for an item on one day (a reverse query): as for a class, with the
     * agreements in force on that day.
     */
    List<Agency> recipients(InformationItem item, LocalDate day) {
        if (partners == null || !item.originator().equals(item.holder())) {
            return agencies;
        }
        return partnersOf(item.holder(), item.category(), List.of(day));
    }

    /** Whether an agreement is in force on a day of the analysis (SR-02: else it grants nothing). */
    private static boolean inForce(SharingAgreement g, List<LocalDate> days) {
        for (LocalDate day : days) {
            if (g.isInForceOn(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each agency, the agencies that share with it an agreement in force on one of the days, in
     * policy order.
     */
    private Map<List<Object>, List<Agency>> partnersOf(List<LocalDate> days) {
        Map<List<Object>, List<Agency>> out = new HashMap<>();
        for (Agency a : agencies) {
            for (InformationCategory category : InformationCategory.values()) {
                List<Agency> partners = partnersOf(a.id(), category, days);
                if (!partners.isEmpty()) {
                    out.put(List.of(a.id(), category), partners);
                }
            }
        }
        return out;
    }

    /**
     * The agencies that share with an agency an agreement in force on one of the days and covering a
     * category, in policy order.
     */
    private List<Agency> partnersOf(AgencyId agency, InformationCategory category, List<LocalDate> days) {
        Set<AgencyId> ids = new HashSet<>();
        for (SharingAgreement g : agreementsOf.getOrDefault(agency, List.of())) {
            if (g.categories().contains(category) && inForce(g, days)) {
                ids.addAll(parties.get(g.id()));
            }
        }
        List<Agency> list = new ArrayList<>();
        for (Agency a : agencies) {
            if (ids.contains(a.id())) {
                list.add(a);
            }
        }
        return List.copyOf(list);
    }

    static boolean isHypothetical(ItemId id) {
        return id.value().startsWith(HYPOTHETICAL);
    }

    private static Set<ItemId> named(SharingPolicy policy) {
        Set<ItemId> named = new HashSet<>();
        for (Consent c : policy.consents().values()) {
            named.add(c.item());
        }
        for (Objection o : policy.objections().values()) {
            if (o.item() != null) {
                named.add(o.item());
            }
        }
        return Set.copyOf(named);
    }

    private Map<List<AgencyId>, List<SharingAgreement>> sharedOf(List<LocalDate> days) {
        Map<List<AgencyId>, List<SharingAgreement>> out = new HashMap<>();
        for (SharingAgreement g : policy.agreements().values()) {
            if (!inForce(g, days)) {
                continue;
            }
            List<AgencyId> of = parties.get(g.id());
            for (AgencyId a : of) {
                for (AgencyId b : of) {
                    out.computeIfAbsent(List.of(a, b), k -> new ArrayList<>()).add(g);
                }
            }
        }
        return out;
    }

    /**
     * The agencies of the policy that are parties to each agreement, and the agreements each agency is
     * a party to.
     */
    private void partiesOf() {
        for (SharingAgreement g : policy.agreements().values()) {
            List<AgencyId> of = new ArrayList<>();
            for (Agency a : agencies) {
                if (isParty(g, a)) {
                    of.add(a.id());
                    agreementsOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(g);
                }
            }
            parties.put(g.id(), List.copyOf(of));
        }
    }

    /**
     * The purposes to ask about together for a class and a recipient: the classes of purposes the law
     * reads alike ({@link org.passerelle.sharing.SharingLaw#purposesReadAlike}) over the agreements that
     * may grant anything (those in force in the period, covering the item's category, that the holder
     * and the recipient are both parties to and, for an item the holder received, the one it received
     * it under), for an item no consent names; else one purpose at a time (an item a consent or an
     * objection names, the exhaustive analysis, the unrefined reference). {@code cache} is kept by the
     * caller for one holder and one recipient.
     */
    List<List<PurposeId>> purposesReadAlike(ItemClass c, AgencyId recipient, boolean refine,
            Map<List<Object>, List<List<PurposeId>>> cache) {
        InformationItem item = c.representative;
        if (!refine || partners == null || (!c.hypothetical && named.contains(item.id()))) {
            List<List<PurposeId>> one = new ArrayList<>(purposes.size());
            for (PurposeId p : purposes) {
                one.add(List.of(p));
            }
            return one;
        }
        AgreementId under = item.originator().equals(item.holder()) ? null
                : item.lastHop().orElseThrow().receivedUnder();
        return cache.computeIfAbsent(Arrays.asList(item.category(), under, item.restrictions().allowedPurposes()),
                k -> {
                    List<AgreementId> basis = new ArrayList<>();
                    for (SharingAgreement g : shared.getOrDefault(List.of(item.holder(), recipient), List.of())) {
                        if (g.categories().contains(item.category())) {
                            basis.add(g.id());
                        }
                    }
                    if (under != null) {
                        basis.add(under);
                    }
                    return policy.law().purposesReadAlike(basis, item.restrictions());
                });
    }

    /**
     * The key of the classes of one holder decided alike for a recipient: what the rules read of the
     * class's items apart from their restrictions, and their restrictions read for the recipient
     * ({@link SourceRestrictions#readFor}).
     */
    long readFor(ItemClass c, AgencyId recipient) {
        SourceRestrictions given = c.representative.restrictions();
        SourceRestrictions read = given.readFor(recipient);
        int r = read == given ? c.restrictions : restrictionIds.computeIfAbsent(read, k -> nextRestrictionId.getAndIncrement());
        return ((long) c.shape << 32) | r;
    }

    /** Adds the classes of the items held today, in the order of their first item. */
    private void realClasses(SharingPolicy policy, Set<ItemId> named, List<ItemClass> out) {
        Map<Object, Integer> shapeIds = new HashMap<>();
        Map<Object, List<InformationItem>> byKey = new LinkedHashMap<>();
        for (InformationItem i : policy.items().values()) {
            byKey.computeIfAbsent(Arrays.asList(shape(i, named), i.restrictions()), k -> new ArrayList<>()).add(i);
        }
        for (List<InformationItem> members : byKey.values()) {
            List<ItemId> ids = new ArrayList<>(members.size());
            for (InformationItem i : members) {
                ids.add(i.id());
            }
            out.add(new ItemClass(members.get(0), List.copyOf(ids), false,
                    shapeIds.computeIfAbsent(shape(members.get(0), named), k -> shapeIds.size()),
                    restrictionIds.computeIfAbsent(members.get(0).restrictions(), k -> nextRestrictionId.getAndIncrement())));
        }
        shapes = shapeIds.size();
    }

    /** Adds the hypothetical classes: one per agency party to an agreement and category it covers. */
    private void hypotheticalClasses(SharingPolicy policy, List<ItemClass> out) {
        Set<String> seen = new HashSet<>();
        for (SharingAgreement g : policy.agreements().values()) {
            for (Agency a : policy.agencies().values()) {
                if (!isParty(g, a)) {
                    continue;
                }
                for (InformationCategory category : g.categories()) {
                    String id = HYPOTHETICAL + a.id() + ":" + category;
                    if (seen.add(id) && !policy.items().containsKey(ItemId.of(id))) {
                        InformationItem item = InformationItem.builder(id)
                                .title("any " + category + " of " + a.id() + ", unmarked, without personal data")
                                .originator(a.id().value()).category(category).build();
                        out.add(new ItemClass(item, List.of(item.id()), true,
                                shapes++,
                                restrictionIds.computeIfAbsent(item.restrictions(), k -> nextRestrictionId.getAndIncrement())));
                    }
                }
            }
        }
    }

    /**
     * What the rules read of an item apart from its restrictions: its id when a consent or an objection
     * names it, else its originator, custody, category, fields, markings, status, source and political
     * character.
     */
    private static Object shape(InformationItem i, Set<ItemId> named) {
        return named.contains(i.id()) ? i.id() : Arrays.asList(i.originator(), i.custody(), i.category(), i.fields(),
                i.markings(), i.status(), i.sourceSystem(), i.politicalCharacter());
    }

    static boolean isParty(SharingAgreement g, Agency a) {
        for (PartySpec p : g.parties()) {
            if (p.matches(a)) {
                return true;
            }
        }
        return false;
    }

    private static List<LocalDate> breakpoints(SharingPolicy policy, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> all = new TreeSet<>();
        all.add(from);
        for (SharingAgreement g : policy.agreements().values()) {
            add(all, g.validFrom(), 0);
            add(all, g.validTo(), 1);
        }
        for (Consent c : policy.consents().values()) {
            add(all, c.grantedOn(), 0);
            add(all, c.validUntil(), 1);
        }
        for (Objection o : policy.objections().values()) {
            add(all, o.recordedOn(), 0);
        }
        TreeSet<java.time.Period> periods = new TreeSet<>(java.util.Comparator.comparing(java.time.Period::toString));
        for (SharingAgreement g : policy.agreements().values()) {
            if (g.maxRetention() != null) {
                periods.add(g.maxRetention());
            }
        }
        for (InformationItem i : policy.items().values()) {
            add(all, i.restrictions().retentionEnd(), 1);
            for (CustodyHop hop : i.custody()) {
                add(all, hop.receivedOn(), 0);
                add(all, hop.receivedOn(), 1);
                if (hop.receivedOn() != null) {
                    for (java.time.Period p : periods) {
                        add(all, hop.receivedOn().plus(p), 1);
                    }
                }
            }
        }
        return List.copyOf(all.subSet(from, true, to, true));
    }

    private static void add(TreeSet<LocalDate> days, LocalDate day, int plus) {
        if (day != null) {
            days.add(day.plusDays(plus));
        }
    }

    private static List<String> formsOf(SharingPolicy policy) {
        List<String> forms = new ArrayList<>();
        forms.add(null);
        TreeSet<String> ids = new TreeSet<>();
        for (SharingAgreement g : policy.agreements().values()) {
            for (Annex a : g.annexes()) {
                ids.add(a.id());
            }
        }
        forms.addAll(ids);
        return java.util.Collections.unmodifiableList(forms);
    }
}
