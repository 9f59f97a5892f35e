package org.passerelle.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A customs declaration of a consignment (a shipment): its references, parties, goods items,
 * itinerary, transport, containers, documents and payments.
 *
 * <p>The local reference number (LRN) is the declarant's; the movement reference number (MRN) is
 * given by customs when the declaration is accepted. {@link #reference()} is the MRN when there is
 * one, else the LRN. This type is immutable and thread-safe.
 *
 * @param lrn the local reference number
 * @param mrn the movement reference number, or null before acceptance
 * @param type the declaration type
 * @param lodgedAt when the declaration was lodged
 * @param acceptedAt when customs accepted it, or null
 * @param parties the parties, each in its role
 * @param items the goods items, at least one, with unique sequence numbers
 * @param itinerary the route
 * @param transport the means of transport at the border, or null
 * @param containers the containers, with unique numbers
 * @param documents the supporting documents
 * @param payments the payments stated
 * @param attributes the coded attributes (procedure, office, tax type...), each a code of 1 to 128
 *        letters, digits or {@code . _ : / + -}; empty when none is recorded
 */
public record Declaration(String lrn, String mrn, DeclarationType type, Instant lodgedAt, Instant acceptedAt,
        List<Party> parties, List<GoodsItem> items, Itinerary itinerary, TransportMeans transport,
        List<Container> containers, List<SupportingDocument> documents, List<Payment> payments,
        Map<DeclarationAttribute, String> attributes) {
    private static final Pattern MRN = Pattern.compile("[0-9]{2}[A-Z]{2}[A-Z0-9]{14}");

    /**
     * Validates the declaration and copies its lists.
     */
    public Declaration {
        Checks.id("lrn", lrn);
        if (mrn != null && !MRN.matcher(mrn).matches()) {
            throw new InvalidInputException("mrn", mrn,
                    "must be 18 characters: 2 digits of the year, a country code and 14 letters or digits");
        }
        Checks.notNull("type", type);
        Checks.notNull("lodgedAt", lodgedAt);
        if (acceptedAt != null && acceptedAt.isBefore(lodgedAt)) {
            throw new InvalidInputException("acceptedAt", acceptedAt.toString(), "must not be before lodgedAt " + lodgedAt);
        }
        parties = Checks.list("parties", parties);
        items = Checks.list("items", items);
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "[]", "must hold at least one goods item");
        }
        Set<Integer> sequences = new HashSet<>();
        for (GoodsItem item : items) {
            if (!sequences.add(item.sequence())) {
                throw new InvalidInputException("items", String.valueOf(item.sequence()), "sequence numbers must be unique");
            }
        }
        itinerary = itinerary == null ? Itinerary.UNKNOWN : itinerary;
        containers = Checks.list("containers", containers);
        Set<ContainerNumber> numbers = new HashSet<>();
        for (Container c : containers) {
            if (!numbers.add(c.number())) {
                throw new InvalidInputException("containers", c.number().value(), "container numbers must be unique");
            }
        }
        documents = Checks.list("documents", documents);
        payments = Checks.list("payments", payments);
        EnumMap<DeclarationAttribute, String> attrs = new EnumMap<>(DeclarationAttribute.class);
        if (attributes != null) {
            attributes.forEach((k, v) -> attrs.put(Checks.notNull("attributes.key", k),
                    Checks.id("attributes." + k, v)));
        }
        attributes = Collections.unmodifiableMap(attrs);
    }

    /**
     * Obtains a declaration without coded attributes.
     *
     * @param lrn the local reference number
     * @param mrn the movement reference number, or null before acceptance
     * @param type the declaration type
     * @param lodgedAt when the declaration was lodged
     * @param acceptedAt when customs accepted it, or null
     * @param parties the parties, each in its role
     * @param items the goods items, at least one, with unique sequence numbers
     * @param itinerary the route
     * @param transport the means of transport at the border, or null
     * @param containers the containers, with unique numbers
     * @param documents the supporting documents
     * @param payments the payments stated
     */
    public Declaration(String lrn, String mrn, DeclarationType type, Instant lodgedAt, Instant acceptedAt,
            List<Party> parties, List<GoodsItem> items, Itinerary itinerary, TransportMeans transport,
            List<Container> containers, List<SupportingDocument> documents, List<Payment> payments) {
        this(lrn, mrn, type, lodgedAt, acceptedAt, parties, items, itinerary, transport, containers, documents,
                payments, Map.of());
    }

    /**
     * Returns a coded attribute.
     *
     * @param attribute the attribute, not null
     * @return the code, or null when it is not recorded
     */
    public String attribute(DeclarationAttribute attribute) {
        return attributes.get(attribute);
    }

    /**
     * Returns the reference that identifies the declaration: the MRN when there is one, else the LRN.
     *
     * @return the reference, not null
     */
    public String reference() {
        return mrn != null ? mrn : lrn;
    }

    /**
     * Returns the first party in a role.
     *
     * @param role the role, not null
     * @return the party, or empty
     */
    public Optional<Party> party(PartyRole role) {
        for (Party p : parties) {
            if (p.role() == role) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether a trader is a party to the declaration in any role.
     *
     * @param id the trader, not null
     * @return whether it is a party
     */
    public boolean isParty(TraderId id) {
        for (Party p : parties) {
            if (p.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a builder for a declaration.
     *
     * @param lrn the local reference number, not null
     * @return a new builder, not null
     */
    public static Builder builder(String lrn) {
        return new Builder(lrn);
    }

    /**
     * A builder of {@link Declaration}. Not thread-safe.
     */
    public static final class Builder {
        private final String lrn;
        private String mrn;
        private DeclarationType type = DeclarationType.IMPORT;
        private Instant lodgedAt;
        private Instant acceptedAt;
        private final List<Party> parties = new ArrayList<>();
        private final List<GoodsItem> items = new ArrayList<>();
        private Itinerary itinerary;
        private TransportMeans transport;
        private final List<Container> containers = new ArrayList<>();
        private final List<SupportingDocument> documents = new ArrayList<>();
        private final List<Payment> payments = new ArrayList<>();
        private final Map<DeclarationAttribute, String> attributes = new EnumMap<>(DeclarationAttribute.class);

        private Builder(String lrn) {
            this.lrn = lrn;
        }

        /**
         * Sets the movement reference number.
         *
         * @param value the MRN, may be null
         * @return this builder
         */
        public Builder mrn(String value) {
            this.mrn = value;
            return this;
        }

        /**
         * Sets the declaration type; defaults to {@link DeclarationType#IMPORT}.
         *
         * @param value the type, not null
         * @return this builder
         */
        public Builder type(DeclarationType value) {
            this.type = value;
            return this;
        }

        /**
         * Sets when the declaration was lodged.
         *
         * @param value the instant, not null
         * @return this builder
         */
        public Builder lodgedAt(Instant value) {
            this.lodgedAt = value;
            return this;
        }

        /**
         * Sets when customs accepted the declaration.
         *
         * @param value the instant, may be null
         * @return this builder
         */
        public Builder acceptedAt(Instant value) {
            this.acceptedAt = value;
            return this;
        }

        /**
         * Adds a party.
         *
         * @param party the party, not null
         * @return this builder
         */
        public Builder party(Party party) {
            parties.add(Checks.notNull("party", party));
            return this;
        }

        /**
         * Adds a goods item.
         *
         * @param item the item, not null
         * @return this builder
         */
        public Builder item(GoodsItem item) {
            items.add(Checks.notNull("item", item));
            return this;
        }

        /**
         * Sets the itinerary.
         *
         * @param value the itinerary, not null
         * @return this builder
         */
        public Builder itinerary(Itinerary value) {
            this.itinerary = value;
            return this;
        }

        /**
         * Sets the means of transport at the border.
         *
         * @param value the means, not null
         * @return this builder
         */
        public Builder transport(TransportMeans value) {
            this.transport = value;
            return this;
        }

        /**
         * Adds a container.
         *
         * @param container the container, not null
         * @return this builder
         */
        public Builder container(Container container) {
            containers.add(Checks.notNull("container", container));
            return this;
        }

        /**
         * Adds a supporting document.
         *
         * @param document the document, not null
         * @return this builder
         */
        public Builder document(SupportingDocument document) {
            documents.add(Checks.notNull("document", document));
            return this;
        }

        /**
         * Adds a payment.
         *
         * @param payment the payment, not null
         * @return this builder
         */
        public Builder payment(Payment payment) {
            payments.add(Checks.notNull("payment", payment));
            return this;
        }

        /**
         * Records a coded attribute, replacing the one recorded before.
         *
         * @param attribute the attribute, not null
         * @param code the code, not null
         * @return this builder
         */
        public Builder attribute(DeclarationAttribute attribute, String code) {
            attributes.put(Checks.notNull("attribute", attribute), code);
            return this;
        }

        /**
         * Builds the declaration.
         *
         * @return the declaration, not null
         * @throws InvalidInputException if a setting is missing or wrong
         */
        public Declaration build() {
            return new Declaration(lrn, mrn, type, lodgedAt, acceptedAt, parties, items, itinerary, transport,
                    containers, documents, payments, attributes);
        }
    }
}
