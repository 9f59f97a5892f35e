package org.passerelle.sharing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Designation;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;

/**
 * The law of information sharing: agencies (with their designations), purposes, agreements and
 * legal areas, checked for consistency as a whole. It changes rarely; the facts it is applied to
 * (items, custody, consents, objections, disclosures) live in a {@link FactStore}.
 *
 * <p>Every reference must resolve (an agreement's named parties and purposes, an agency's clients)
 * and identifiers are unique per kind; a law that fails any check is never built:
 * {@link InvalidInputException} lists every problem, each a typed {@link Problem}. The {@link #version()} is the SHA-256 of the
 * law's canonical JSON, so equal laws have equal versions in any JVM, and only a change of law
 * changes it. This type is immutable and thread-safe.
 */
public final class SharingLaw {
    private final SortedMap<AgencyId, Agency> agencies;
    private final SortedMap<PurposeId, Purpose> purposes;
    private final SortedMap<AgreementId, SharingAgreement> agreements;
    private final SortedMap<LegalAreaId, LegalArea> legalAreas;
    private final String version;

    /**
     * Builds a law, adding its problems to a list; throws them unless {@code lenient} (the policy
     * loader then checks the facts against this law and reports every problem at once).
     */
    private SharingLaw(Builder b, List<Problem> problems, boolean lenient) {
        agencies = index("agency", b.agencies, Agency::id, problems);
        purposes = index("purpose", b.purposes, Purpose::id, problems);
        agreements = index("agreement", b.agreements, SharingAgreement::id, problems);
        legalAreas = index("legalArea", b.legalAreas, LegalArea::id, problems);
        checkReferences(problems);
        if (!problems.isEmpty() && !lenient) {
            throw new InvalidInputException(problems);
        }
        version = CanonicalJson.sha256(List.of(agencies.values(), purposes.values(), agreements.values(),
                legalAreas.values()));
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding everything in this law, to derive a new law from it.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.agencies.addAll(agencies.values());
        b.purposes.addAll(purposes.values());
        b.agreements.addAll(agreements.values());
        b.legalAreas.addAll(legalAreas.values());
        return b;
    }

    /** @return the agencies by id, sorted */
    public SortedMap<AgencyId, Agency> agencies() {
        return agencies;
    }

    /** @return the purposes by id, sorted */
    public SortedMap<PurposeId, Purpose> purposes() {
        return purposes;
    }

    /** @return the agreements by id, sorted */
    public SortedMap<AgreementId, SharingAgreement> agreements() {
        return agreements;
    }

    /**
     * Partitions the purposes of this law into classes the sharing rules cannot tell apart when the
     * basis of a flow is among the given agreements and the item carries the given restrictions. Two
     * purposes are in one class when they carry the same flags (law enforcement, customs prosecution,
     * INTERPOL purpose, CIS action: SR-07, SR-21, SR-08, SR-10), every given agreement lists both or
     * neither (SR-06) with the same personal-data fields (SR-27) and the same strict necessity (SR-28),
     * and the restrictions allow both or neither (SR-18).
     *
     * <p>The contract, relied on by the policy analysis ({@code docs/analysis.md}): for a request about
     * an item with these restrictions that no consent names, such that every candidate agreement the
     * engine evaluates and that is in force on the request's day is among the given ones (in a direct
     * flow, those the recipient is a party to, SR-04; in an onward flow, the one the holder received the
     * item under; an agreement not in force grants nothing whatever the purpose, SR-02), two purposes
     * of one class are decided alike: same outcome, agreement and conditions; the reasons name the
     * purpose.
     *
     * @param basis the agreements that may be evaluated, not null; ids this law does not know are ignored
     * @param restrictions the item's restrictions, not null
     * @return the classes, each in purpose id order, ordered by their first purpose; every purpose of
     *         this law is in exactly one
     */
    public List<List<PurposeId>> purposesReadAlike(Collection<AgreementId> basis, SourceRestrictions restrictions) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(restrictions, "restrictions");
        List<SharingAgreement> read = new ArrayList<>();
        for (AgreementId id : new java.util.TreeSet<>(basis)) {
            SharingAgreement g = agreements.get(id);
            if (g != null) {
                read.add(g);
            }
        }
        Map<List<Object>, List<PurposeId>> classes = new java.util.LinkedHashMap<>();
        for (Purpose p : purposes.values()) {
            PurposeId id = p.id();
            List<Object> key = new ArrayList<>();
            key.add(p.lawEnforcement());
            key.add(p.customsProsecution());
            key.add(p.interpolPurpose());
            key.add(p.cisAction());
            key.add(restrictions.allowedPurposes().isEmpty() || restrictions.allowedPurposes().contains(id));
            for (SharingAgreement g : read) {
                boolean listed = g.purposes().contains(id);
                key.add(listed);
                key.add(g.personalFieldsFor(id));
                key.add(g.strictNecessity().contains(id));
            }
            classes.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
        List<List<PurposeId>> out = new ArrayList<>();
        for (List<PurposeId> c : classes.values()) {
            out.add(List.copyOf(c));
        }
        return List.copyOf(out);
    }

    /** @return the legal areas by id, sorted */
    public SortedMap<LegalAreaId, LegalArea> legalAreas() {
        return legalAreas;
    }

    /**
     * Returns an agency.
     *
     * @param id the identifier, not null
     * @return the agency, or empty
     */
    public Optional<Agency> agency(AgencyId id) {
        return Optional.ofNullable(agencies.get(id));
    }

    /**
     * Returns the legal area a country belongs to.
     *
     * @param country the country, not null
     * @return the legal area, or empty when the country forms one of its own
     */
    public Optional<LegalArea> legalAreaOf(CountryCode country) {
        for (LegalArea area : legalAreas.values()) {
            if (area.countries().contains(country)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the version: the SHA-256 of the law's canonical JSON, in hexadecimal.
     *
     * @return the version, 64 hexadecimal digits
     */
    public String version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharingLaw l && version.equals(l.version) && agencies.equals(l.agencies)
                && purposes.equals(l.purposes) && agreements.equals(l.agreements) && legalAreas.equals(l.legalAreas);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "SharingLaw[version=" + version + ", agencies=" + agencies.size() + ", agreements="
                + agreements.size() + "]";
    }

    static <K extends Comparable<? super K>, V> SortedMap<K, V> index(String element, Collection<V> values,
            Function<V, K> id, List<Problem> problems) {
        TreeMap<K, V> map = new TreeMap<>();
        for (V v : values) {
            K key = id.apply(v);
            if (map.putIfAbsent(key, v) != null) {
                problems.add(Problem.ofElement(Problem.Code.DUPLICATE, element, key.toString(), "id", key.toString(),
                        "is declared more than once"));
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    private void checkReferences(List<Problem> problems) {
        for (Agency a : agencies.values()) {
            for (AgencyId client : a.clients()) {
                requireAgency(problems, "agency", a.id().value(), "clients[]", client);
            }
        }
        checkDesignations(problems);
        for (SharingAgreement g : agreements.values()) {
            String id = g.id().value();
            for (int i = 0; i < g.parties().size(); i++) {
                AgencyId named = g.parties().get(i).agency();
                if (named != null) {
                    requireAgency(problems, "agreement", id, "parties[" + i + "].agency", named);
                }
            }
            for (PurposeId p : g.purposes()) {
                requirePurpose(problems, "agreement", id, "purposes[]", p);
            }
        }
        Map<CountryCode, LegalAreaId> seen = new HashMap<>();
        for (LegalArea area : legalAreas.values()) {
            for (CountryCode c : area.countries()) {
                LegalAreaId other = seen.putIfAbsent(c, area.id());
                if (other != null) {
                    problems.add(Problem.ofElement(Problem.Code.CONFLICT, "legalArea", area.id().value(), "countries[]",
                            c.code(), "is already in legal area " + other));
                }
            }
        }
    }

    /**
     * The designations the engine reads must mean something: an NCB authorisation (SR-08, RPD Art.
     * 21) needs an INTERPOL NCB of the agency's country in the law to have granted it; a state has one
     * single point of contact (SR-33, Directive (EU) 2023/977 Art. 14).
     */
    private void checkDesignations(List<Problem> problems) {
        Map<CountryCode, AgencyId> spoc = new HashMap<>();
        for (Agency a : agencies.values()) {
            if (a.isDesignated(Designation.NCB_AUTHORISED)) {
                boolean ncb = false;
                for (Agency b : agencies.values()) {
                    ncb |= b.kind() == AgencyKind.INTERPOL_NCB && b.country().equals(a.country());
                }
                if (!ncb) {
                    problems.add(Problem.ofElement(Problem.Code.CONFLICT, "agency", a.id().value(), "designations",
                            Designation.NCB_AUTHORISED.name(), "means nothing: no INTERPOL NCB of " + a.country()
                                    + " in the policy could have authorised it (RPD Art. 21)"));
                }
            }
            if (a.isDesignated(Designation.SINGLE_POINT_OF_CONTACT)) {
                AgencyId other = spoc.putIfAbsent(a.country(), a.id());
                if (other != null) {
                    problems.add(Problem.ofElement(Problem.Code.CONFLICT, "agency", a.id().value(), "designations",
                            Designation.SINGLE_POINT_OF_CONTACT.name(), "means nothing: " + other
                                    + " is already the single point of contact of " + a.country()
                                    + " (Directive (EU) 2023/977: one per state)"));
                }
            }
        }
    }

    /** Adds a problem when an agency is not in this law. */
    void requireAgency(List<Problem> problems, String element, String id, String field, AgencyId ref) {
        if (!agencies.containsKey(ref)) {
            problems.add(Problem.ofElement(Problem.Code.UNKNOWN_REFERENCE, element, id, field, ref.value(),
                    "names no agency of the policy"));
        }
    }

    /** Adds a problem when a purpose is not in this law. */
    void requirePurpose(List<Problem> problems, String element, String id, String field, PurposeId ref) {
        if (!purposes.containsKey(ref)) {
            problems.add(Problem.ofElement(Problem.Code.UNKNOWN_REFERENCE, element, id, field, ref.value(),
                    "names no purpose of the policy"));
        }
    }

    /** Adds a problem when an agreement is not in this law. */
    void requireAgreement(List<Problem> problems, String element, String id, String field, AgreementId ref) {
        if (!agreements.containsKey(ref)) {
            problems.add(Problem.ofElement(Problem.Code.UNKNOWN_REFERENCE, element, id, field, ref.value(),
                    "names no agreement of the policy"));
        }
    }

    /**
     * A builder of {@link SharingLaw}. Not thread-safe; {@link #build()} checks the whole law.
     */
    public static final class Builder {
        private final List<Agency> agencies = new ArrayList<>();
        private final List<Purpose> purposes = new ArrayList<>();
        private final List<SharingAgreement> agreements = new ArrayList<>();
        private final List<LegalArea> legalAreas = new ArrayList<>();

        private Builder() {
        }

        /** Builds the law even when it has problems, adding them to a list. */
        SharingLaw buildCollecting(List<Problem> problems) {
            return new SharingLaw(this, problems, true);
        }

        /** @param values agencies to add @return this builder */
        public Builder agencies(Agency... values) {
            agencies.addAll(List.of(values));
            return this;
        }

        /** @param values purposes to add @return this builder */
        public Builder purposes(Purpose... values) {
            purposes.addAll(List.of(values));
            return this;
        }

        /** @param values agreements to add @return this builder */
        public Builder agreements(SharingAgreement... values) {
            agreements.addAll(List.of(values));
            return this;
        }

        /** @param values legal areas to add @return this builder */
        public Builder legalAreas(LegalArea... values) {
            legalAreas.addAll(List.of(values));
            return this;
        }

        /**
         * Replaces an agreement with the same id, or adds it (to record an amendment or a new status).
         *
         * @param value the agreement, not null
         * @return this builder
         */
        public Builder putAgreement(SharingAgreement value) {
            agreements.removeIf(g -> g.id().equals(value.id()));
            agreements.add(value);
            return this;
        }

        /**
         * Builds and checks the law.
         *
         * @return the law, not null
         * @throws InvalidInputException listing every problem found
         */
        public SharingLaw build() {
            return new SharingLaw(this, new ArrayList<>(), false);
        }
    }
}
