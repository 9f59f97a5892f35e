package org.passerelle.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.Problem;
import org.passerelle.model.TlpLabel;

/**
 * A sharing policy as a policy directory holds it: the {@link SharingLaw} (agencies, purposes,
 * agreements, legal areas) and the facts recorded with it (information items, consents,
 * objections), checked for consistency as a whole.
 *
 * <p>This is a convenience for documents and tests: an engine compiles only the law, and serves the
 * facts from a {@link FactStore} ({@link InMemoryFactStore#of(SharingPolicy)} holds these). Every
 * reference must resolve (an item's originator and custody, a consent's item...), identifiers are
 * unique per kind, a consent must be granted by the item's originator and an objection must come
 * from the item's originator or a supplier of it (or, naming no item, from a party to the
 * agreement). A policy that fails any check is never built: {@link InvalidInputException} lists
 * every problem. A valid policy may still carry {@linkplain #warnings() warnings}. The
 * {@link #version()} is the law's: facts do not change it. This type is immutable and thread-safe.
 */
public final class SharingPolicy {
    private final SharingLaw law;
    private final SortedMap<ItemId, InformationItem> items;
    private final SortedMap<ConsentId, Consent> consents;
    private final SortedMap<ConsentId, Objection> objections;
    private final List<Problem> warnings;

    private SharingPolicy(Builder b) {
        List<Problem> problems = new ArrayList<>();
        SharingLaw built = b.law.buildCollecting(problems);
        items = SharingLaw.index("item", b.items, InformationItem::id, problems);
        consents = SharingLaw.index("consent", b.consents, Consent::id, problems);
        objections = SharingLaw.index("objection", b.objections, Objection::id, problems);
        checkFacts(built, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        law = built;
        warnings = List.copyOf(greenWithoutCommunity());
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
        b.law = law.toBuilder();
        b.items.addAll(items.values());
        b.consents.addAll(consents.values());
        b.objections.addAll(objections.values());
        return b;
    }

    /**
     * Returns the law of this policy.
     *
     * @return the law, not null
     */
    public SharingLaw law() {
        return law;
    }

    /** @return the agencies by id, sorted (the law's) */
    public SortedMap<AgencyId, Agency> agencies() {
        return law.agencies();
    }

    /** @return the purposes by id, sorted (the law's) */
    public SortedMap<PurposeId, Purpose> purposes() {
        return law.purposes();
    }

    /** @return the agreements by id, sorted (the law's) */
    public SortedMap<AgreementId, SharingAgreement> agreements() {
        return law.agreements();
    }

    /** @return the legal areas by id, sorted (the law's) */
    public SortedMap<LegalAreaId, LegalArea> legalAreas() {
        return law.legalAreas();
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

    /**
     * Returns the warnings about this policy: parts of it that are valid but probably do not say what
     * their author meant. Today one kind: an agreement that defines no community and under which
     * TLP:GREEN items were received (SR-14).
     *
     * @return the warnings, each of severity {@link Problem.Severity#WARNING}; empty when none
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * SR-14: agreements that define no community but carry TLP:GREEN items (the last custody hop of
     * the item names them). TLP 2.0 assumes a default community when none is defined; the engine
     * assumes none, so such items go no further than the holder's organisation and clients without
     * the source's permission. Valid, but worth a look.
     */
    private List<Problem> greenWithoutCommunity() {
        java.util.Map<AgreementId, List<String>> carried = new java.util.TreeMap<>();
        for (InformationItem item : items.values()) {
            AgreementId under = item.lastHop().map(CustodyHop::receivedUnder).orElse(null);
            if (item.markings().tlp() == TlpLabel.GREEN && under != null
                    && law.agreements().get(under).community() == null) {
                carried.computeIfAbsent(under, k -> new ArrayList<>()).add(item.id().value());
            }
        }
        List<Problem> out = new ArrayList<>();
        carried.forEach((agreement, ids) -> out.add(Problem.warning("agreement", agreement.value(), "community",
                null, "defines no community, yet TLP:GREEN items were received under it " + ids + ": TLP 2.0 would"
                        + " assume a default community; Passerelle assumes none, so beyond the holder's organisation"
                        + " and its clients these items wait for their source's permission (SR-14). Define the"
                        + " community the agreement's parties share")));
        return out;
    }

    /**
     * Returns an agency.
     *
     * @param id the identifier, not null
     * @return the agency, or empty
     */
    public Optional<Agency> agency(AgencyId id) {
        return law.agency(id);
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
        return law.legalAreaOf(country);
    }

    /**
     * Returns the version of the law: the SHA-256 of its canonical JSON, in hexadecimal. The facts
     * of the policy do not change it.
     *
     * @return the version, 64 hexadecimal digits
     */
    public String version() {
        return law.version();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharingPolicy p && law.equals(p.law) && items.equals(p.items)
                && consents.equals(p.consents) && objections.equals(p.objections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(law, items, consents, objections);
    }

    @Override
    public String toString() {
        return "SharingPolicy[version=" + law.version() + ", agencies=" + law.agencies().size() + ", agreements="
                + law.agreements().size() + ", items=" + items.size() + "]";
    }

    private void checkFacts(SharingLaw l, List<Problem> problems) {
        for (InformationItem item : items.values()) {
            String id = item.id().value();
            l.requireAgency(problems, "item", id, "originator", item.originator());
            for (int i = 0; i < item.custody().size(); i++) {
                CustodyHop hop = item.custody().get(i);
                l.requireAgency(problems, "item", id, "custody[" + i + "].holder", hop.holder());
                if (hop.receivedUnder() != null) {
                    l.requireAgreement(problems, "item", id, "custody[" + i + "].receivedUnder", hop.receivedUnder());
                }
            }
            for (AgencyId r : item.restrictions().allowedRecipients()) {
                l.requireAgency(problems, "item", id, "restrictions.allowedRecipients[]", r);
            }
            for (AgencyId r : item.restrictions().excludedRecipients()) {
                l.requireAgency(problems, "item", id, "restrictions.excludedRecipients[]", r);
            }
            for (PurposeId p : item.restrictions().allowedPurposes()) {
                l.requirePurpose(problems, "item", id, "restrictions.allowedPurposes[]", p);
            }
        }
        for (Consent c : consents.values()) {
            String id = c.id().value();
            String problem = FactChecks.consent(c, items.get(c.item()));
            if (problem != null) {
                boolean noItem = !items.containsKey(c.item());
                problems.add(Problem.ofElement(noItem ? Problem.Code.UNKNOWN_REFERENCE : Problem.Code.CONFLICT,
                        "consent", id, noItem ? "item" : "grantedBy",
                        noItem ? c.item().value() : c.grantedBy().value(), problem));
            }
            l.requireAgency(problems, "consent", id, "grantedBy", c.grantedBy());
            l.requireAgency(problems, "consent", id, "recipient", c.recipient());
            for (PurposeId p : c.purposes()) {
                l.requirePurpose(problems, "consent", id, "purposes[]", p);
            }
        }
        for (Objection o : objections.values()) {
            String id = o.id().value();
            l.requireAgreement(problems, "objection", id, "agreement", o.agreement());
            l.requireAgency(problems, "objection", id, "objectedBy", o.objectedBy());
            if (o.item() != null) {
                String problem = FactChecks.objection(o, items.get(o.item()));
                if (problem != null) {
                    boolean noItem = !items.containsKey(o.item());
                    problems.add(Problem.ofElement(noItem ? Problem.Code.UNKNOWN_REFERENCE : Problem.Code.CONFLICT,
                            "objection", id, noItem ? "item" : "objectedBy",
                            noItem ? o.item().value() : o.objectedBy().value(), problem));
                }
            } else {
                SharingAgreement g = l.agreements().get(o.agreement());
                Agency by = l.agencies().get(o.objectedBy());
                if (g != null && by != null && !g.isParty(by)) {
                    problems.add(Problem.ofElement(Problem.Code.CONFLICT, "objection", id, "objectedBy",
                            o.objectedBy().value(),
                            "names no item and is not a party to agreement " + o.agreement()
                                    + ", so it supplies nothing under it"));
                }
            }
            if (o.recipient() != null) {
                l.requireAgency(problems, "objection", id, "recipient", o.recipient());
            }
        }
    }

    /**
     * A builder of {@link SharingPolicy}. Not thread-safe; {@link #build()} checks the whole policy.
     */
    public static final class Builder {
        private SharingLaw.Builder law = SharingLaw.builder();
        private final List<InformationItem> items = new ArrayList<>();
        private final List<Consent> consents = new ArrayList<>();
        private final List<Objection> objections = new ArrayList<>();

        private Builder() {
        }

        /** @param values agencies to add @return this builder */
        public Builder agencies(Agency... values) {
            law.agencies(values);
            return this;
        }

        /** @param values purposes to add @return this builder */
        public Builder purposes(Purpose... values) {
            law.purposes(values);
            return this;
        }

        /** @param values agreements to add @return this builder */
        public Builder agreements(SharingAgreement... values) {
            law.agreements(values);
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
            law.legalAreas(values);
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
            law.putAgreement(value);
            return this;
        }

        /**
         * Replaces the law of this builder, keeping its facts.
         *
         * @param value the law, not null
         * @return this builder
         */
        public Builder law(SharingLaw value) {
            law = value.toBuilder();
            return this;
        }

        /**
         * Builds and checks the policy.
         *
         * @return the policy, not null
         * @throws InvalidInputException listing every problem found
         */
        public SharingPolicy build() {
            return new SharingPolicy(this);
        }
    }
}
