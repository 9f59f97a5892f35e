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
 *       whose holder is its originator, only the agencies that share an agreement with the holder are
 *       asked about. This one premise comes from the engine's documented contract instead of from
 *       asking it: a direct flow has no basis but an agreement the holder is a party to, and the
 *       recipient must be a party to it (SR-01, SR-04). {@code PolicyAnalysis.Builder.exhaustive()}
 *       asks about every agency instead, and a test compares both on generated policies.
 *       <b>Purposes</b>: every purpose of the policy.</li>
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
    /** For each agency, the agencies that share an agreement with it; null when every agency is asked about. */
    private final Map<AgencyId, List<Agency>> partners;
    private final Officer officer;
    private final SharingEngine engine;
    private final SharingEngine lawEngine;

    /**
     * A class of items decided alike: the representative that is asked about, every member, and
     * whether it is hypothetical.
     */
    record ItemClass(InformationItem representative, List<ItemId> members, boolean hypothetical) {
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
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        this.policy = policy;
        this.use = use;
        this.agencies = List.copyOf(policy.agencies().values());
        this.purposes = List.copyOf(policy.purposes().keySet());
        this.classes = classesOf(policy);
        this.days = breakpoints(policy, from, to);
        this.forms = formsOf(policy);
        this.partners = exhaustive ? null : partnersOf(policy, agencies);
        SortedSet<String> roles = new TreeSet<>();
        for (SharingAgreement g : policy.agreements().values()) {
            roles.addAll(g.needToKnowRoles());
        }
        this.officer = new Officer("analysis-officer", roles, new TreeSet<>());
        this.engine = SharingEngine.compile(policy);
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

    /** The recipients to ask about for an item class: see the class documentation. */
    List<Agency> recipients(ItemClass c) {
        if (partners == null || !c.representative.originator().equals(c.holder())) {
            return agencies;
        }
        return partners.getOrDefault(c.holder(), List.of());
    }

    private static Map<AgencyId, List<Agency>> partnersOf(SharingPolicy policy, List<Agency> agencies) {
        Map<AgencyId, Set<AgencyId>> ids = new HashMap<>();
        for (SharingAgreement g : policy.agreements().values()) {
            List<AgencyId> parties = new ArrayList<>();
            for (Agency a : agencies) {
                if (isParty(g, a)) {
                    parties.add(a.id());
                }
            }
            for (AgencyId a : parties) {
                ids.computeIfAbsent(a, k -> new HashSet<>()).addAll(parties);
            }
        }
        Map<AgencyId, List<Agency>> out = new HashMap<>();
        for (Map.Entry<AgencyId, Set<AgencyId>> e : ids.entrySet()) {
            List<Agency> list = new ArrayList<>();
            for (Agency a : agencies) {
                if (e.getValue().contains(a.id())) {
                    list.add(a);
                }
            }
            out.put(e.getKey(), List.copyOf(list));
        }
        return out;
    }

    static boolean isHypothetical(ItemId id) {
        return id.value().startsWith(HYPOTHETICAL);
    }

    private static List<ItemClass> classesOf(SharingPolicy policy) {
        Set<ItemId> named = new HashSet<>();
        for (Consent c : policy.consents().values()) {
            named.add(c.item());
        }
        for (Objection o : policy.objections().values()) {
            if (o.item() != null) {
                named.add(o.item());
            }
        }
        Map<Object, List<InformationItem>> byKey = new LinkedHashMap<>();
        for (InformationItem i : policy.items().values()) {
            Object key = named.contains(i.id()) ? i.id() : Arrays.asList(i.originator(), i.custody(), i.category(),
                    i.fields(), i.markings(), i.restrictions(), i.status(), i.sourceSystem(), i.politicalCharacter());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<ItemClass> out = new ArrayList<>();
        for (List<InformationItem> members : byKey.values()) {
            List<ItemId> ids = new ArrayList<>(members.size());
            for (InformationItem i : members) {
                ids.add(i.id());
            }
            out.add(new ItemClass(members.get(0), List.copyOf(ids), false));
        }
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
                        out.add(new ItemClass(item, List.of(item.id()), true));
                    }
                }
            }
        }
        return List.copyOf(out);
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
