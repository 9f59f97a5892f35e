package org.passerelle.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.CountryCode;

/**
 * A complete sharing policy: agencies, purposes, agreements, information items, consents,
 * objections and legal areas, checked for consistency as a whole.
 *
 * <p>Every reference must resolve (an agreement's named parties, an item's originator, a consent's
 * item...), identifiers are unique per kind, and a consent must be granted by the item's
 * originator. A policy that fails any check is never built: {@link InvalidPolicyException} lists
 * every problem. The {@link #version()} is a SHA-256 of the policy's canonical form, so equal
 * policies have equal versions. This type is immutable and thread-safe.
 */
public final class SharingPolicy {
    private final SortedMap<AgencyId, Agency> agencies;
    private final SortedMap<PurposeId, Purpose> purposes;
    private final SortedMap<AgreementId, SharingAgreement> agreements;
    private final SortedMap<ItemId, InformationItem> items;
    private final SortedMap<ConsentId, Consent> consents;
    private final SortedMap<ConsentId, Objection> objections;
    private final SortedMap<LegalAreaId, LegalArea> legalAreas;
    private final String version;

    private SharingPolicy(Builder b) {
        List<PolicyProblem> problems = new ArrayList<>();
        agencies = index("agency", b.agencies, Agency::id, problems);
        purposes = index("purpose", b.purposes, Purpose::id, problems);
        agreements = index("agreement", b.agreements, SharingAgreement::id, problems);
        items = index("item", b.items, InformationItem::id, problems);
        consents = index("consent", b.consents, Consent::id, problems);
        objections = index("objection", b.objections, Objection::id, problems);
        legalAreas = index("legalArea", b.legalAreas, LegalArea::id, problems);
        checkReferences(problems);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        version = fingerprint();
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
     * Returns a builder holding everything in this policy, to derive a new policy from it.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.agencies.addAll(agencies.values());
        b.purposes.addAll(purposes.values());
        b.agreements.addAll(agreements.values());
        b.items.addAll(items.values());
        b.consents.addAll(consents.values());
        b.objections.addAll(objections.values());
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

    /** @return the information items by id, sorted */
    public SortedMap<ItemId, InformationItem> items() {
        return items;
    }

    /** @return the consents by id, sorted */
    public SortedMap<ConsentId, Consent> consents() {
        return consents;
    }

    /** @return the objections by id, sorted */
    public SortedMap<ConsentId, Objection> objections() {
        return objections;
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
     * Returns an information item.
     *
     * @param id the identifier, not null
     * @return the item, or empty
     */
    public Optional<InformationItem> item(ItemId id) {
        return Optional.ofNullable(items.get(id));
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
     * Returns the version: a SHA-256 of the canonical form, in hexadecimal.
     *
     * @return the version, 64 hexadecimal digits
     */
    public String version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharingPolicy p && agencies.equals(p.agencies) && purposes.equals(p.purposes)
                && agreements.equals(p.agreements) && items.equals(p.items) && consents.equals(p.consents)
                && objections.equals(p.objections) && legalAreas.equals(p.legalAreas);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "SharingPolicy[version=" + version + ", agencies=" + agencies.size() + ", agreements="
                + agreements.size() + ", items=" + items.size() + "]";
    }

    private static <K extends Comparable<? super K>, V> SortedMap<K, V> index(String element, Collection<V> values,
            Function<V, K> id, List<PolicyProblem> problems) {
        TreeMap<K, V> map = new TreeMap<>();
        for (V v : values) {
            K key = id.apply(v);
            if (map.putIfAbsent(key, v) != null) {
                problems.add(new PolicyProblem(element, key.toString(), "id", key.toString(),
                        "is declared more than once"));
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    private void checkReferences(List<PolicyProblem> problems) {
        for (Agency a : agencies.values()) {
            for (AgencyId client : a.clients()) {
                requireAgency(problems, "agency", a.id().value(), "clients", client);
            }
        }
        for (SharingAgreement g : agreements.values()) {
            String id = g.id().value();
            for (int i = 0; i < g.parties().size(); i++) {
                AgencyId named = g.parties().get(i).agency();
                if (named != null) {
                    requireAgency(problems, "agreement", id, "parties[" + i + "].agency", named);
                }
            }
            for (PurposeId p : g.purposes()) {
                requirePurpose(problems, "agreement", id, "purposes", p);
            }
        }
        for (InformationItem item : items.values()) {
            String id = item.id().value();
            requireAgency(problems, "item", id, "originator", item.originator());
            for (int i = 0; i < item.custody().size(); i++) {
                CustodyHop hop = item.custody().get(i);
                requireAgency(problems, "item", id, "custody[" + i + "].holder", hop.holder());
                if (hop.receivedUnder() != null && !agreements.containsKey(hop.receivedUnder())) {
                    problems.add(new PolicyProblem("item", id, "custody[" + i + "].receivedUnder",
                            hop.receivedUnder().value(), "names no agreement of the policy"));
                }
            }
            for (AgencyId r : item.restrictions().allowedRecipients()) {
                requireAgency(problems, "item", id, "restrictions.allowedRecipients", r);
            }
            for (AgencyId r : item.restrictions().excludedRecipients()) {
                requireAgency(problems, "item", id, "restrictions.excludedRecipients", r);
            }
            for (PurposeId p : item.restrictions().allowedPurposes()) {
                requirePurpose(problems, "item", id, "restrictions.allowedPurposes", p);
            }
        }
        for (Consent c : consents.values()) {
            String id = c.id().value();
            InformationItem item = items.get(c.item());
            if (item == null) {
                problems.add(new PolicyProblem("consent", id, "item", c.item().value(), "names no item of the policy"));
            } else if (!item.originator().equals(c.grantedBy())) {
                problems.add(new PolicyProblem("consent", id, "grantedBy", c.grantedBy().value(),
                        "only the item's originator " + item.originator() + " can consent"));
            }
            requireAgency(problems, "consent", id, "grantedBy", c.grantedBy());
            requireAgency(problems, "consent", id, "recipient", c.recipient());
            for (PurposeId p : c.purposes()) {
                requirePurpose(problems, "consent", id, "purposes", p);
            }
        }
        for (Objection o : objections.values()) {
            String id = o.id().value();
            if (!agreements.containsKey(o.agreement())) {
                problems.add(new PolicyProblem("objection", id, "agreement", o.agreement().value(),
                        "names no agreement of the policy"));
            }
            requireAgency(problems, "objection", id, "objectedBy", o.objectedBy());
            if (o.item() != null && !items.containsKey(o.item())) {
                problems.add(new PolicyProblem("objection", id, "item", o.item().value(), "names no item of the policy"));
            }
            if (o.recipient() != null) {
                requireAgency(problems, "objection", id, "recipient", o.recipient());
            }
        }
        Map<CountryCode, LegalAreaId> seen = new HashMap<>();
        for (LegalArea area : legalAreas.values()) {
            for (CountryCode c : area.countries()) {
                LegalAreaId other = seen.putIfAbsent(c, area.id());
                if (other != null) {
                    problems.add(new PolicyProblem("legalArea", area.id().value(), "countries", c.code(),
                            "is already in legal area " + other));
                }
            }
        }
    }

    private void requireAgency(List<PolicyProblem> problems, String element, String id, String field, AgencyId ref) {
        if (!agencies.containsKey(ref)) {
            problems.add(new PolicyProblem(element, id, field, ref.value(), "names no agency of the policy"));
        }
    }

    private void requirePurpose(List<PolicyProblem> problems, String element, String id, String field, PurposeId ref) {
        if (!purposes.containsKey(ref)) {
            problems.add(new PolicyProblem(element, id, field, ref.value(), "names no purpose of the policy"));
        }
    }

    private String fingerprint() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        byte[] newline = {'\n'};
        for (Map<?, ?> part : List.of(agencies, purposes, agreements, items, consents, objections, legalAreas)) {
            for (Object v : part.values()) {
                sha.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                sha.update(newline);
            }
            sha.update("--\n".getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A builder of {@link SharingPolicy}. Not thread-safe; {@link #build()} checks the whole policy.
     */
    public static final class Builder {
        private final List<Agency> agencies = new ArrayList<>();
        private final List<Purpose> purposes = new ArrayList<>();
        private final List<SharingAgreement> agreements = new ArrayList<>();
        private final List<InformationItem> items = new ArrayList<>();
        private final List<Consent> consents = new ArrayList<>();
        private final List<Objection> objections = new ArrayList<>();
        private final List<LegalArea> legalAreas = new ArrayList<>();

        private Builder() {
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

        /** @param values items to add @return this builder */
        public Builder items(InformationItem... values) {
            items.addAll(List.of(values));
            return this;
        }

        /** @param values consents to add @return this builder */
        public Builder consents(Consent... values) {
            consents.addAll(List.of(values));
            return this;
        }

        /** @param values objections to add @return this builder */
        public Builder objections(Objection... values) {
            objections.addAll(List.of(values));
            return this;
        }

        /** @param values legal areas to add @return this builder */
        public Builder legalAreas(LegalArea... values) {
            legalAreas.addAll(List.of(values));
            return this;
        }

        /**
         * Replaces an item with the same id, or adds it (to record a new status or custody hop).
         *
         * @param value the item, not null
         * @return this builder
         */
        public Builder putItem(InformationItem value) {
            items.removeIf(i -> i.id().equals(value.id()));
            items.add(value);
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
         * Builds and checks the policy.
         *
         * @return the policy, not null
         * @throws InvalidPolicyException listing every problem found
         */
        public SharingPolicy build() {
            return new SharingPolicy(this);
        }
    }
}
