package org.passerelle.model;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;

/**
 * An agency that holds, sends or receives information: a customs administration, a police unit,
 * an INTERPOL NCB, a prosecutor, and so on.
 *
 * <p>The organisation, communities and clients are the circles that the Traffic Light Protocol
 * refers to: TLP:AMBER+STRICT allows the recipient's own organisation, TLP:AMBER also its clients,
 * TLP:GREEN the community. This type is immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the name, for people
 * @param kind the kind of agency
 * @param country the country it belongs to
 * @param organisation the organisation it is part of (TLP's "own organisation")
 * @param communities the communities it belongs to (TLP:GREEN)
 * @param clients the agencies it serves (TLP:AMBER)
 * @param designations the designations it holds
 */
public record Agency(AgencyId id, String name, AgencyKind kind, CountryCode country,
        OrganisationId organisation, SortedSet<CommunityId> communities, SortedSet<AgencyId> clients,
        SortedSet<Designation> designations) {

    /**
     * Validates the agency and copies its collections.
     */
    public Agency {
        Checks.notNull("id", id);
        name = Checks.notBlank("name", name);
        Checks.notNull("kind", kind);
        Checks.notNull("country", country);
        Checks.notNull("organisation", organisation);
        communities = Checks.sortedSet("communities", communities);
        clients = Checks.sortedSet("clients", clients);
        designations = Checks.sortedSet("designations", designations);
    }

    /**
     * Starts a builder for an agency.
     *
     * @param id the identifier, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(AgencyId.of(id));
    }

    /**
     * Returns whether this agency holds a designation.
     *
     * @param designation the designation, not null
     * @return whether it holds it
     */
    public boolean isDesignated(Designation designation) {
        return designations.contains(designation);
    }

    /**
     * A builder of {@link Agency}. Not thread-safe.
     */
    public static final class Builder {
        private final AgencyId id;
        private String name;
        private AgencyKind kind;
        private CountryCode country;
        private OrganisationId organisation;
        private final java.util.List<CommunityId> communities = new java.util.ArrayList<>();
        private final java.util.List<AgencyId> clients = new java.util.ArrayList<>();
        private final java.util.List<Designation> designations = new java.util.ArrayList<>();

        private Builder(AgencyId id) {
            this.id = id;
        }

        /**
         * Sets the name.
         *
         * @param name the name, not null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind, not null
         * @return this builder
         */
        public Builder kind(AgencyKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the country.
         *
         * @param country an ISO 3166-1 alpha-2 code, not null
         * @return this builder
         */
        public Builder country(String country) {
            this.country = CountryCode.of(country);
            return this;
        }

        /**
         * Sets the organisation; defaults to one named after the agency.
         *
         * @param organisation the organisation identifier, not null
         * @return this builder
         */
        public Builder organisation(String organisation) {
            this.organisation = OrganisationId.of(organisation);
            return this;
        }

        /**
         * Adds communities.
         *
         * @param ids community identifiers, not null
         * @return this builder
         */
        public Builder communities(String... ids) {
            for (String c : ids) {
                communities.add(CommunityId.of(c));
            }
            return this;
        }

        /**
         * Adds clients.
         *
         * @param ids agency identifiers, not null
         * @return this builder
         */
        public Builder clients(String... ids) {
            for (String c : ids) {
                clients.add(AgencyId.of(c));
            }
            return this;
        }

        /**
         * Adds designations.
         *
         * @param values the designations, not null
         * @return this builder
         */
        public Builder designations(Designation... values) {
            designations.addAll(Set.of(values));
            return this;
        }

        /**
         * Builds the agency.
         *
         * @return the agency, not null
         * @throws InvalidInputException if a setting is missing or wrong
         */
        public Agency build() {
            OrganisationId org = organisation != null ? organisation : OrganisationId.of(id.value());
            return new Agency(id, name, kind, country, org, sorted(communities), sorted(clients),
                    sorted(designations));
        }

        private static <T extends Comparable<? super T>> SortedSet<T> sorted(Collection<T> values) {
            return Checks.sortedSet("values", values);
        }
    }
}
