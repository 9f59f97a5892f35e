package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.model.AgencyId;
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
 * The lower bound: the generated policy's rules written by hand as an if-chain over hash lookups,
 * with no rule machinery, no explanation and no rule ids. It covers exactly the features the
 * generator uses (direct flows, validity, parties, categories, purposes with consent extension,
 * minimisation, retention, recipients excluded by the source), which is what makes the comparison fair.
 */
final class HandWrittenSharing implements SharingContender {

    private static final class Agr {
        final SharingAgreement source;
        final AgencyId first;
        final AgencyId second;
        final Set<PurposeId> purposes;
        final EnumSet<InformationCategory> categories;
        final Map<PurposeId, Set<String>> fields = new HashMap<>();

        Agr(SharingAgreement g) {
            source = g;
            first = g.parties().get(0).agency();
            second = g.parties().get(1).agency();
            purposes = new HashSet<>(g.purposes());
            categories = EnumSet.copyOf(g.categories());
            g.personalFields().forEach((p, f) -> fields.put(p, new HashSet<>(f)));
        }
    }

    private final Map<ItemId, InformationItem> items;
    private final Map<AgencyId, Agr[]> byAgency = new HashMap<>();

    HandWrittenSharing(SharingPolicy policy) {
        items = new HashMap<>(policy.items());
        Map<AgencyId, List<Agr>> lists = new HashMap<>();
        for (SharingAgreement g : policy.agreements().values()) {
            Agr a = new Agr(g);
            lists.computeIfAbsent(a.first, k -> new ArrayList<>()).add(a);
            if (!a.second.equals(a.first)) {
                lists.computeIfAbsent(a.second, k -> new ArrayList<>()).add(a);
            }
        }
        lists.forEach((k, v) -> byAgency.put(k, v.toArray(new Agr[0])));
    }

    @Override
    public String name() {
        return "handWritten";
    }

    @Override
    public Answer decide(SharingRequest r) {
        InformationItem item = items.get(r.item());
        if (item == null || item.restrictions().excludedRecipients().contains(r.recipient())) {
            return Answer.DENY;
        }
        LocalDate day = LocalDate.ofInstant(r.instant(), ZoneOffset.UTC);
        LocalDate itemEnd = item.restrictions().retentionEnd();
        Agr[] candidates = byAgency.get(item.originator());
        if (candidates == null || (itemEnd != null && itemEnd.isBefore(day))) {
            return Answer.DENY;
        }
        Outcome best = Outcome.DENY;
        Agr chosen = null;
        for (Agr a : candidates) {
            Outcome o;
            if (!a.source.isInForceOn(day)) {
                o = Outcome.DENY;
            } else if (!r.recipient().equals(a.first) && !r.recipient().equals(a.second)) {
                o = Outcome.DENY;
            } else if (!a.categories.contains(item.category())) {
                o = Outcome.DENY;
            } else if (!a.purposes.contains(r.purpose())) {
                o = a.source.consentExtension() ? Outcome.PENDING_CONSENT : Outcome.DENY;
            } else {
                o = Outcome.PERMIT_WITH_CONDITIONS;
            }
            if (o.compareTo(best) < 0) {
                best = o;
                chosen = a;
            }
        }
        if (!best.isPermit()) {
            return Answer.of(best);
        }
        Set<String> allowed = chosen.fields.getOrDefault(r.purpose(), Set.of());
        Set<String> redacted = new TreeSet<>();
        for (ItemField f : item.fields()) {
            if (f.personalData() && (r.fields().isEmpty() || r.fields().contains(f.name()))
                    && !allowed.contains(f.name())) {
                redacted.add(f.name());
            }
        }
        LocalDate until = day.plus(chosen.source.maxRetention());
        if (itemEnd != null && itemEnd.isBefore(until)) {
            until = itemEnd;
        }
        return new Answer(best, chosen.source.id(), redacted, until);
    }
}
