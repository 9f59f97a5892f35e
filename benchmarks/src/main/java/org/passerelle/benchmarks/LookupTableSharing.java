package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * The other lower bound: every answer precomputed at load time. The key is (originator, recipient,
 * category); the value holds, per purpose, the days where the answer changes (validity starts and
 * ends) and the answer on each stretch, so a decision is two hash lookups, a binary search over a
 * handful of days and a bit mask for the redactions.
 */
final class LookupTableSharing implements SharingContender {
    private static final int MAX_PERSONAL = 16;

    /** One stretch of days with the same answer. */
    private record Slot(Outcome outcome, AgreementId agreement, int allowedMask, Period retention) {
    }

    /** The answers of one purpose over time: slots[i] holds from days[i] (inclusive) to days[i + 1]. */
    private record Schedule(long[] days, Slot[] slots) {
        Slot at(long day) {
            int lo = 0;
            int hi = days.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (days[mid] <= day) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return day < days[0] ? null : slots[lo];
        }
    }

    /** What the table needs of an item. */
    private record ItemInfo(int originator, int category, Set<AgencyId> excluded, long endDay, LocalDate end,
            int personalMask) {
    }

    private final Map<AgencyId, Integer> agencies = new HashMap<>();
    private final Map<PurposeId, Integer> purposes = new HashMap<>();
    private final Map<String, Integer> personalBits = new HashMap<>();
    private final Map<ItemId, ItemInfo> items = new HashMap<>();
    private final Map<Long, Schedule[]> table = new HashMap<>();
    private final Set<String>[] redactions;
    private final int nAgencies;
    private final int nCategories = InformationCategory.values().length;

    @SuppressWarnings("unchecked")
    LookupTableSharing(SharingPolicy policy) {
        for (AgencyId a : policy.agencies().keySet()) {
            agencies.put(a, agencies.size());
        }
        nAgencies = agencies.size();
        List<PurposeId> purposeList = new ArrayList<>(policy.purposes().keySet());
        for (PurposeId p : purposeList) {
            purposes.put(p, purposes.size());
        }
        for (InformationItem item : policy.items().values()) {
            for (ItemField f : item.fields()) {
                if (f.personalData() && !personalBits.containsKey(f.name())) {
                    personalBits.put(f.name(), personalBits.size());
                }
            }
        }
        if (personalBits.size() > MAX_PERSONAL) {
            throw new IllegalArgumentException("too many personal fields for the table: " + personalBits.size());
        }
        List<String> bitNames = new ArrayList<>(personalBits.keySet());
        bitNames.sort((x, y) -> personalBits.get(x) - personalBits.get(y));
        redactions = new Set[1 << personalBits.size()];
        for (int m = 0; m < redactions.length; m++) {
            TreeSet<String> s = new TreeSet<>();
            for (int b = 0; b < bitNames.size(); b++) {
                if ((m & (1 << b)) != 0) {
                    s.add(bitNames.get(b));
                }
            }
            redactions[m] = java.util.Collections.unmodifiableSet(s);
        }
        for (InformationItem item : policy.items().values()) {
            LocalDate end = item.restrictions().retentionEnd();
            items.put(item.id(), new ItemInfo(agencies.get(item.originator()), item.category().ordinal(),
                    item.restrictions().excludedRecipients(), end == null ? Long.MAX_VALUE : end.toEpochDay(), end,
                    mask(item.fields().stream().filter(ItemField::personalData).map(ItemField::name).toList())));
        }
        // Agreements per ordered pair (originator, recipient): only they can give anything but a refusal.
        Map<Long, List<SharingAgreement>> byPair = new HashMap<>();
        for (SharingAgreement g : policy.agreements().values()) {
            AgencyId a = g.parties().get(0).agency();
            AgencyId b = g.parties().get(1).agency();
            byPair.computeIfAbsent(pair(a, b), k -> new ArrayList<>()).add(g);
            if (!a.equals(b)) {
                byPair.computeIfAbsent(pair(b, a), k -> new ArrayList<>()).add(g);
            }
        }
        // Requests to oneself: every agreement of the originator has it as a party.
        Map<AgencyId, List<SharingAgreement>> own = new HashMap<>();
        for (SharingAgreement g : policy.agreements().values()) {
            own.computeIfAbsent(g.parties().get(0).agency(), k -> new ArrayList<>()).add(g);
            own.computeIfAbsent(g.parties().get(1).agency(), k -> new ArrayList<>()).add(g);
        }
        own.forEach((a, list) -> byPair.put(pair(a, a), list));
        for (Map.Entry<Long, List<SharingAgreement>> e : byPair.entrySet()) {
            List<SharingAgreement> candidates = e.getValue();
            candidates.sort((x, y) -> x.id().compareTo(y.id()));
            TreeSet<Long> breaks = new TreeSet<>();
            breaks.add(Long.MIN_VALUE);
            for (SharingAgreement g : candidates) {
                if (g.validFrom() != null) {
                    breaks.add(g.validFrom().toEpochDay());
                }
                if (g.validTo() != null) {
                    breaks.add(g.validTo().toEpochDay() + 1);
                }
            }
            long[] days = breaks.stream().mapToLong(Long::longValue).toArray();
            for (InformationCategory c : InformationCategory.values()) {
                Schedule[] perPurpose = new Schedule[purposeList.size()];
                boolean any = false;
                for (int p = 0; p < purposeList.size(); p++) {
                    Slot[] slots = new Slot[days.length];
                    for (int d = 0; d < days.length; d++) {
                        LocalDate day = days[d] == Long.MIN_VALUE ? LocalDate.MIN : LocalDate.ofEpochDay(days[d]);
                        slots[d] = evaluate(candidates, c, purposeList.get(p), day);
                        any |= slots[d].outcome() != Outcome.DENY;
                    }
                    perPurpose[p] = new Schedule(days, slots);
                }
                if (any) {
                    table.put(e.getKey() * nCategories + c.ordinal(), perPurpose);
                }
            }
        }
    }

    private long pair(AgencyId originator, AgencyId recipient) {
        return (long) agencies.get(originator) * nAgencies + agencies.get(recipient);
    }

    private int mask(Iterable<String> names) {
        int m = 0;
        for (String n : names) {
            Integer b = personalBits.get(n);
            if (b != null) {
                m |= 1 << b;
            }
        }
        return m;
    }

    /** The least restrictive answer of the candidates, as the baseline computes it. */
    private Slot evaluate(List<SharingAgreement> candidates, InformationCategory category, PurposeId purpose,
            LocalDate day) {
        Outcome best = Outcome.DENY;
        SharingAgreement chosen = null;
        for (SharingAgreement g : candidates) {
            Outcome o;
            if (!g.isInForceOn(day) || !g.categories().contains(category)) {
                o = Outcome.DENY;
            } else if (!g.purposes().contains(purpose)) {
                o = g.consentExtension() ? Outcome.PENDING_CONSENT : Outcome.DENY;
            } else {
                o = Outcome.PERMIT_WITH_CONDITIONS;
            }
            if (o.compareTo(best) < 0) {
                best = o;
                chosen = g;
            }
        }
        if (!best.isPermit()) {
            return new Slot(best, null, 0, null);
        }
        return new Slot(best, chosen.id(), mask(chosen.personalFieldsFor(purpose)), chosen.maxRetention());
    }

    @Override
    public String name() {
        return "lookupTable";
    }

    @Override
    public Answer decide(SharingRequest r) {
        ItemInfo item = items.get(r.item());
        Integer recipient = agencies.get(r.recipient());
        Integer purpose = purposes.get(r.purpose());
        if (item == null || recipient == null || purpose == null || item.excluded().contains(r.recipient())) {
            return Answer.DENY;
        }
        long day = Pep.epochDay(r.instant());
        if (day > item.endDay()) {
            return Answer.DENY;
        }
        Schedule[] row = table.get(((long) item.originator() * nAgencies + recipient) * nCategories + item.category());
        Slot slot = row == null ? null : row[purpose].at(day);
        if (slot == null || slot.outcome() == Outcome.DENY) {
            return Answer.DENY;
        }
        if (!slot.outcome().isPermit()) {
            return Answer.of(slot.outcome());
        }
        int requested = r.fields().isEmpty() ? item.personalMask() : mask(r.fields()) & item.personalMask();
        LocalDate until = Pep.retainUntil(LocalDate.ofEpochDay(day), slot.retention(), item.end());
        return new Answer(slot.outcome(), slot.agreement(), redactions[requested & ~slot.allowedMask()], until);
    }
}
