package org.passerelle.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.Channel;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.EmergencyClause;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.model.HandlingCode;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.LegalBasis;
import org.passerelle.model.Markings;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.ResponseDeadlines;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.sharing.SourceSystem;
import org.passerelle.model.TlpLabel;
import org.passerelle.sharing.Urgency;
import org.passerelle.testing.Property.Gen;

/**
 * Generators of sharing policies and requests for property tests, built with the domain builders
 * over the {@link Ruritania} world: its agencies and purposes are kept (so references stay valid),
 * its four agreements are varied (status, validity, purposes, onward and evidence policies,
 * community, assurance, protection, emergency clause, deadlines), and items, consents and
 * objections are drawn afresh. Requests pick any agency, item and purpose of the policy, and now and
 * then an unknown one.
 */
public final class SharingGen {
    /** The personal fields items may carry. */
    static final List<String> PERSONAL = List.of("name", "dateOfBirth", "nationality", "idDocumentNumber", "homePhone");
    /** The plain fields items may carry. */
    static final List<String> PLAIN = List.of("hsCode", "netMassKg", "route", "vesselName");
    /** The special-category fields items may carry. */
    static final List<String> SPECIAL = List.of("health");

    private static final List<Agency> AGENCIES = List.of(Ruritania.agencies());
    private static final List<Purpose> PURPOSES = List.of(Ruritania.purposes());
    private static final List<SharingAgreement> AGREEMENTS =
            List.of(Ruritania.mou(), Ruritania.mou2017(), Ruritania.naples(), Ruritania.cmaa());

    private SharingGen() {
    }

    /**
     * Returns the ids of the agencies every generated policy holds.
     *
     * @return the agency ids
     */
    public static List<String> agencyIds() {
        List<String> ids = new ArrayList<>();
        for (Agency a : AGENCIES) {
            ids.add(a.id().value());
        }
        return ids;
    }

    /**
     * Returns the ids of the purposes every generated policy holds.
     *
     * @return the purpose ids
     */
    public static List<String> purposeIds() {
        List<String> ids = new ArrayList<>();
        for (Purpose p : PURPOSES) {
            ids.add(p.id().value());
        }
        return ids;
    }

    /**
     * Generates a valid policy.
     *
     * @param g the source of randomness
     * @return the policy
     */
    public static SharingPolicy policy(Gen g) {
        List<SharingAgreement> agreements = new ArrayList<>();
        for (SharingAgreement a : g.nonEmptySubset(AGREEMENTS)) {
            agreements.add(agreement(g, a));
        }
        List<String> agreementIds = new ArrayList<>();
        for (SharingAgreement a : agreements) {
            agreementIds.add(a.id().value());
        }
        int itemCount = g.between(1, 4);
        List<InformationItem> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            items.add(item(g, "ITEM-" + i, agreementIds));
        }
        List<Consent> consents = new ArrayList<>();
        List<Objection> objections = new ArrayList<>();
        for (InformationItem item : items) {
            if (g.chance(0.3)) {
                consents.add(consent(g, "C-" + item.id().value(), item));
            }
            if (g.chance(0.2)) {
                objections.add(new Objection(ConsentId.of("O-" + item.id().value()),
                        AgreementId.of(g.oneOf(agreementIds)), item.originator(), item.id(),
                        g.chance(0.5) ? AgencyId.of(g.oneOf(agencyIds())) : null, day(g)));
            }
        }
        return SharingPolicy.builder().agencies(AGENCIES.toArray(new Agency[0]))
                .purposes(PURPOSES.toArray(new Purpose[0])).agreements(agreements.toArray(new SharingAgreement[0]))
                .items(items.toArray(new InformationItem[0])).consents(consents.toArray(new Consent[0]))
                .objections(objections.toArray(new Objection[0])).legalAreas(Ruritania.eu()).build();
    }

    /** Varies one of the Ruritania agreements. */
    private static SharingAgreement agreement(Gen g, SharingAgreement base) {
        TreeSet<PurposeId> purposes = new TreeSet<>(g.nonEmptySubset(new ArrayList<>(base.purposes())));
        if (g.chance(0.3)) {
            purposes.add(PurposeId.of(g.oneOf(purposeIds())));
        }
        TreeMap<PurposeId, SortedSet<String>> fields = new TreeMap<>();
        for (PurposeId p : purposes) {
            if (g.chance(0.7)) {
                fields.put(p, new TreeSet<>(g.subset(PERSONAL, 0.6)));
            }
        }
        TreeSet<PurposeId> strict = new TreeSet<>(g.subset(new ArrayList<>(purposes), 0.2));
        TreeSet<InformationCategory> categories = new TreeSet<>(g.chance(0.7) ? List.of(InformationCategory.values())
                : g.nonEmptySubset(List.of(InformationCategory.values())));
        LocalDate from = g.chance(0.8) ? LocalDate.of(g.between(2015, 2024), g.between(1, 12), 1) : null;
        LocalDate to = g.chance(0.5) ? (from == null ? LocalDate.of(2030, 1, 1) : from).plusMonths(g.between(0, 96))
                : null;
        return new SharingAgreement(base.id(), base.title(), base.instrumentType(), base.legalBasis(), base.parties(),
                from, to, g.chance(0.9) ? AgreementStatus.IN_FORCE : g.oneOf(AgreementStatus.values()), purposes,
                g.chance(0.4), categories, fields, strict, g.oneOf(OnwardTransferPolicy.values()),
                g.oneOf(EvidenceUsePolicy.values()), g.chance(0.6) ? Period.ofYears(g.between(1, 5)) : null,
                g.chance(0.7) ? org.passerelle.model.CommunityId.of(g.oneOf("RUR-LE", "EU-CUSTOMS")) : null,
                g.chance(0.4) ? new EmergencyClause(Period.ofMonths(g.between(1, 12)),
                        new LegalBasis("Directive (EU) 2016/680", "Art. 35(2)")) : null,
                g.chance(0.3) ? ResponseDeadlines.DIRECTIVE_2023_977 : null, List.of(), g.chance(0.2), g.chance(0.5),
                g.chance(0.1), new TreeSet<>());
    }

    /** Draws an item with an originator, maybe a custody hop, markings and restrictions. */
    private static InformationItem item(Gen g, String id, List<String> agreementIds) {
        String originator = g.chance(0.7) ? g.oneOf(Ruritania.RCA, Ruritania.RCA_RTC, Ruritania.RNP, Ruritania.FCS)
                : g.oneOf(agencyIds());
        List<CustodyHop> custody = new ArrayList<>();
        if (g.chance(0.4)) {
            custody.add(new CustodyHop(AgencyId.of(g.oneOf(agencyIds())),
                    g.chance(0.7) ? AgreementId.of(g.oneOf(agreementIds)) : null, day(g)));
        }
        TreeSet<ItemField> fields = new TreeSet<>();
        for (String f : g.subset(PERSONAL, 0.5)) {
            fields.add(ItemField.personal(f));
        }
        for (String f : g.subset(SPECIAL, 0.1)) {
            fields.add(ItemField.special(f));
        }
        for (String f : g.nonEmptySubset(PLAIN)) {
            fields.add(ItemField.plain(f));
        }
        return new InformationItem(ItemId.of(id), "Generated item " + id, AgencyId.of(originator), custody,
                g.oneOf(InformationCategory.values()), fields, markings(g), restrictions(g), 
                g.chance(0.9) ? ItemStatus.ACTIVE : g.oneOf(ItemStatus.values()),
                g.chance(0.85) ? SourceSystem.NATIONAL : g.oneOf(SourceSystem.values()), g.chance(0.02));
    }

    /**
     * Draws markings: a TLP label or none, now and then a handling code.
     *
     * @param g the source of randomness
     * @return the markings
     */
    public static Markings markings(Gen g) {
        TlpLabel tlp = g.chance(0.8) ? g.oneOf(TlpLabel.values()) : null;
        Markings m = Markings.of(tlp);
        if (g.chance(0.15)) {
            HandlingCode h = g.oneOf(HandlingCode.values());
            m = m.withHandling(h, h == HandlingCode.H3 ? "do not use in court" : null);
        }
        return m;
    }

    /**
     * Draws source restrictions, mostly none.
     *
     * @param g the source of randomness
     * @return the restrictions
     */
    public static SourceRestrictions restrictions(Gen g) {
        if (g.chance(0.7)) {
            return SourceRestrictions.NONE;
        }
        List<String> allowed = g.chance(0.3) ? g.subset(agencyIds(), 0.4) : List.of();
        List<String> excluded = new ArrayList<>();
        for (String a : g.subset(agencyIds(), 0.1)) {
            if (!allowed.contains(a)) {
                excluded.add(a);
            }
        }
        return new SourceRestrictions(ids(allowed), ids(excluded), purposeSet(g.chance(0.3) ? g.subset(purposeIds(), 0.5) : List.of()),
                g.chance(0.2) ? day(g).plusYears(2) : null, g.chance(0.15));
    }

    private static Consent consent(Gen g, String id, InformationItem item) {
        List<Condition> conditions = g.chance(0.5) ? List.of(new Condition.NoEvidenceUse()) : List.of();
        return new Consent(ConsentId.of(id), item.id(), item.originator(), AgencyId.of(g.oneOf(agencyIds())),
                purposeSet(g.nonEmptySubset(purposeIds())), null, conditions, day(g), null);
    }

    /**
     * Draws a request over a policy: mostly known agencies, items and purposes.
     *
     * @param g the source of randomness
     * @param policy the policy
     * @return the request
     */
    public static SharingRequest request(Gen g, SharingPolicy policy) {
        List<InformationItem> items = new ArrayList<>(policy.items().values());
        InformationItem it = g.oneOf(items);
        String item = g.chance(0.98) ? it.id().value() : "UNKNOWN-ITEM";
        String recipient = g.oneOf(agencyIds());
        String purpose = g.oneOf(purposeIds());
        Instant instant = instant(g);
        List<String> fields = new ArrayList<>();
        if (g.chance(0.85)) {
            // A coherent request: an agreement the holder is a party to, another party, one of its
            // purposes, a day in its validity, fields the item has. The rules then decide on details.
            List<SharingAgreement> mine = new ArrayList<>();
            for (SharingAgreement a : policy.agreements().values()) {
                if (a.isParty(policy.agencies().get(it.holder()))) {
                    mine.add(a);
                }
            }
            if (!mine.isEmpty()) {
                SharingAgreement a = g.oneOf(mine);
                List<String> parties = new ArrayList<>();
                for (Agency ag : policy.agencies().values()) {
                    if (a.isParty(ag) && !ag.id().equals(it.holder())) {
                        parties.add(ag.id().value());
                    }
                }
                if (!parties.isEmpty() && g.chance(0.9)) {
                    recipient = g.oneOf(parties);
                }
                purpose = g.oneOf(new ArrayList<>(a.purposes())).value();
                LocalDate from = a.validFrom() == null ? LocalDate.of(2014, 1, 1) : a.validFrom();
                LocalDate to = a.validTo() == null ? LocalDate.of(2029, 12, 31) : a.validTo();
                long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
                instant = from.plusDays(span == 0 ? 0 : g.nextInt((int) span + 1)).atTime(g.between(0, 23), 0)
                        .toInstant(ZoneOffset.UTC);
            }
            if (g.chance(0.4)) {
                for (ItemField f : it.fields()) {
                    if (g.chance(0.5)) {
                        fields.add(f.name());
                    }
                }
            }
        } else {
            if (g.chance(0.02)) {
                recipient = "UNKNOWN-AGENCY";
            }
            if (g.chance(0.02)) {
                purpose = "unknown-purpose";
            }
            if (g.chance(0.3)) {
                fields.addAll(g.subset(PERSONAL, 0.4));
                fields.addAll(g.subset(PLAIN, 0.4));
                if (g.chance(0.1)) {
                    fields.add("noSuchField");
                }
            }
        }
        SharingRequest.Builder b = SharingRequest.builder().id("R-" + Long.toHexString(g.nextLong() & 0xffffff))
                .recipient(recipient).item(item).purpose(purpose)
                .intendedUse(g.chance(0.7) ? IntendedUse.INTELLIGENCE : g.oneOf(IntendedUse.values())).at(instant)
                .urgency(g.oneOf(Urgency.values())).directlyAccessible(g.chance(0.5))
                .channel(g.chance(0.85) ? Channel.CLOSED : Channel.PUBLIC).confidentialityAssured(g.chance(0.8))
                .coerciveAction(g.chance(0.1)).politicalCharacter(g.chance(0.02)).fields(fields.toArray(new String[0]));
        if (g.chance(0.1)) {
            b.requester(g.oneOf(agencyIds()));
        }
        if (g.chance(0.15)) {
            b.emergency("imminent threat to life");
        }
        if (g.chance(0.2)) {
            List<String> ids = new ArrayList<>();
            policy.agreements().keySet().forEach(a -> ids.add(a.value()));
            b.under(g.chance(0.9) ? g.oneOf(ids) : "UNKNOWN-AGREEMENT");
        }
        if (g.chance(0.2)) {
            b.proposedMarking(g.oneOf(TlpLabel.values()));
        }
        if (g.chance(0.3)) {
            b.realIndications("controlled delivery planned");
        }
        return b.build();
    }

    private static LocalDate day(Gen g) {
        return LocalDate.of(g.between(2014, 2027), g.between(1, 12), g.between(1, 28));
    }

    private static Instant instant(Gen g) {
        return day(g).atTime(g.between(0, 23), g.between(0, 59)).toInstant(ZoneOffset.UTC);
    }

    private static TreeSet<AgencyId> ids(List<String> values) {
        TreeSet<AgencyId> out = new TreeSet<>();
        values.forEach(v -> out.add(AgencyId.of(v)));
        return out;
    }

    private static TreeSet<PurposeId> purposeSet(List<String> values) {
        TreeSet<PurposeId> out = new TreeSet<>();
        values.forEach(v -> out.add(PurposeId.of(v)));
        return out;
    }

    /**
     * Returns the agreement with its validity shortened: it ends earlier or starts later, staying a
     * valid window.
     *
     * @param g the source of randomness
     * @param a the agreement
     * @return the amended agreement
     */
    public static SharingAgreement shorterValidity(Gen g, SharingAgreement a) {
        LocalDate from = a.validFrom();
        LocalDate to = a.validTo();
        LocalDate lo = from == null ? LocalDate.of(2012, 1, 1) : from;
        LocalDate hi = to == null ? LocalDate.of(2032, 1, 1) : to;
        long span = hi.toEpochDay() - lo.toEpochDay();
        long cut = span <= 0 ? 0 : (long) g.nextInt((int) Math.min(span, Integer.MAX_VALUE)) + 1;
        if (g.chance(0.5)) {
            to = hi.minusDays(cut);
            if (to.isBefore(lo)) {
                to = lo;
            }
        } else {
            from = lo.plusDays(cut);
            if (from.isAfter(hi)) {
                from = hi;
            }
        }
        return with(a, from, to, a.purposes(), a.personalFields(), a.strictNecessity());
    }

    /**
     * Returns the agreement without one of its purposes (and the fields and strict-necessity entries
     * of that purpose), or null when it has a single purpose.
     *
     * @param a the agreement
     * @param purpose the purpose to remove
     * @return the amended agreement, or null
     */
    public static SharingAgreement withoutPurpose(SharingAgreement a, PurposeId purpose) {
        if (a.purposes().size() < 2 || !a.purposes().contains(purpose)) {
            return null;
        }
        TreeSet<PurposeId> purposes = new TreeSet<>(a.purposes());
        purposes.remove(purpose);
        TreeMap<PurposeId, SortedSet<String>> fields = new TreeMap<>(a.personalFields());
        fields.remove(purpose);
        TreeSet<PurposeId> strict = new TreeSet<>(a.strictNecessity());
        strict.remove(purpose);
        return with(a, a.validFrom(), a.validTo(), purposes, fields, strict);
    }

    private static SharingAgreement with(SharingAgreement a, LocalDate from, LocalDate to, SortedSet<PurposeId> purposes,
            SortedMap<PurposeId, SortedSet<String>> fields, SortedSet<PurposeId> strict) {
        return new SharingAgreement(a.id(), a.title(), a.instrumentType(), a.legalBasis(), a.parties(), from, to,
                a.status(), purposes, a.consentExtension(), a.categories(), fields, strict, a.onwardTransfer(),
                a.evidenceUse(), a.maxRetention(), a.community(), a.emergency(), a.deadlines(), a.annexes(),
                a.requiresConfidentialityAssurance(), a.adequateDataProtection(), a.cisEntry(), a.needToKnowRoles());
    }
}
