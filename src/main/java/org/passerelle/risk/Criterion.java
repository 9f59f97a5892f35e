package org.passerelle.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.AeoType;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.DocumentType;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Locode;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Payment;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMode;

/**
 * A typed predicate on a declaration and its assessment context: the condition of a risk indicator.
 *
 * <p>Criteria are data, not code: a closed vocabulary of records, composable with
 * {@link AllOf}, {@link AnyOf} and {@link Not}. The engine compiles them once; nothing is parsed or
 * reflected at assessment time. A role set that is empty means "a party in any role". All
 * implementations are immutable and thread-safe.
 */
public sealed interface Criterion permits Criterion.HsPrefix, Criterion.OriginCountry, Criterion.DepartureCountry,
        Criterion.RoutingCountry, Criterion.TranshipmentHub, Criterion.NamedParty, Criterion.PartyOnWatchList,
        Criterion.NewTrader, Criterion.PriorOffences, Criterion.Undervaluation, Criterion.VagueDescription,
        Criterion.ThirdPartyPayment, Criterion.PaymentMethodIs, Criterion.ContainerAnomaly,
        Criterion.MissingPermit, Criterion.AeoHolder, Criterion.TransportModeIs, Criterion.AttributeIs,
        Criterion.Range, Criterion.AllOf,
        Criterion.AnyOf, Criterion.Not {

    /**
     * The kind of a criterion: one constant per implementation, so that every dispatch over
     * criteria is a {@code switch} the compiler checks when a kind is added.
     */
    enum Kind {
        /** {@link HsPrefix}. */
        HS_PREFIX,
        /** {@link OriginCountry}. */
        ORIGIN_COUNTRY,
        /** {@link DepartureCountry}. */
        DEPARTURE_COUNTRY,
        /** {@link RoutingCountry}. */
        ROUTING_COUNTRY,
        /** {@link TranshipmentHub}. */
        TRANSHIPMENT_HUB,
        /** {@link NamedParty}. */
        NAMED_PARTY,
        /** {@link PartyOnWatchList}. */
        PARTY_ON_WATCH_LIST,
        /** {@link NewTrader}. */
        NEW_TRADER,
        /** {@link PriorOffences}. */
        PRIOR_OFFENCES,
        /** {@link Undervaluation}. */
        UNDERVALUATION,
        /** {@link VagueDescription}. */
        VAGUE_DESCRIPTION,
        /** {@link ThirdPartyPayment}. */
        THIRD_PARTY_PAYMENT,
        /** {@link PaymentMethodIs}. */
        PAYMENT_METHOD,
        /** {@link ContainerAnomaly}. */
        CONTAINER_ANOMALY,
        /** {@link MissingPermit}. */
        MISSING_PERMIT,
        /** {@link AeoHolder}. */
        AEO_HOLDER,
        /** {@link TransportModeIs}. */
        TRANSPORT_MODE,
        /** {@link AttributeIs}. */
        ATTRIBUTE,
        /** {@link Range}. */
        RANGE,
        /** {@link AllOf}. */
        ALL_OF,
        /** {@link AnyOf}. */
        ANY_OF,
        /** {@link Not}. */
        NOT
    }

    /**
     * Returns the kind of this criterion.
     *
     * @return the kind, not null
     */
    Kind kind();

    /**
     * Fires when a goods item's commodity code starts with one of the prefixes.
     *
     * @param prefixes prefixes of 2 to 10 digits, such as {@code 24} or {@code 240311}; at least one
     */
    record HsPrefix(SortedSet<String> prefixes) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.HS_PREFIX;
        }

        /**
         * Validates the prefixes.
         */
        public HsPrefix {
            prefixes = digitPrefixes("hsPrefix.prefixes", prefixes);
        }
    }

    /**
     * Fires when a goods item's country of origin is one of the countries.
     *
     * @param countries the countries; at least one
     */
    record OriginCountry(SortedSet<CountryCode> countries) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.ORIGIN_COUNTRY;
        }

        /**
         * Validates the countries.
         */
        public OriginCountry {
            countries = nonEmpty("originCountry.countries", countries);
        }
    }

    /**
     * Fires when the country of departure is one of the countries.
     *
     * @param countries the countries; at least one
     */
    record DepartureCountry(SortedSet<CountryCode> countries) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.DEPARTURE_COUNTRY;
        }

        /**
         * Validates the countries.
         */
        public DepartureCountry {
            countries = nonEmpty("departureCountry.countries", countries);
        }
    }

    /**
     * Fires when the route passes one of the countries, as a country of routing or the country of
     * a routing port.
     *
     * @param countries the countries; at least one
     */
    record RoutingCountry(SortedSet<CountryCode> countries) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.ROUTING_COUNTRY;
        }

        /**
         * Validates the countries.
         */
        public RoutingCountry {
            countries = nonEmpty("routingCountry.countries", countries);
        }
    }

    /**
     * Fires when one of the routing ports is a listed transhipment hub (a free zone or hub port).
     *
     * @param hubs the hubs; at least one
     */
    record TranshipmentHub(SortedSet<Locode> hubs) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.TRANSHIPMENT_HUB;
        }

        /**
         * Validates the hubs.
         */
        public TranshipmentHub {
            hubs = nonEmpty("transhipmentHub.hubs", hubs);
        }
    }

    /**
     * Fires when one of the named traders is a party in one of the roles; the criterion of
     * profiles that name a party, typically from intelligence.
     *
     * @param parties the traders; at least one
     * @param roles the roles; empty for any role
     */
    record NamedParty(SortedSet<TraderId> parties, SortedSet<PartyRole> roles) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.NAMED_PARTY;
        }

        /**
         * Validates the parties.
         */
        public NamedParty {
            parties = nonEmpty("namedParty.parties", parties);
            roles = Checks.sortedSet("namedParty.roles", roles);
        }
    }

    /**
     * Fires when a party in one of the roles is on the named watch list of the assessment context.
     * A watch list the context does not have is treated as empty.
     *
     * @param watchList the name of the watch list
     * @param roles the roles; empty for any role
     */
    record PartyOnWatchList(String watchList, SortedSet<PartyRole> roles) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.PARTY_ON_WATCH_LIST;
        }

        /**
         * Validates the watch list name.
         */
        public PartyOnWatchList {
            Checks.id("partyOnWatchList.watchList", watchList);
            roles = Checks.sortedSet("partyOnWatchList.roles", roles);
        }
    }

    /**
     * Fires when a party in one of the roles was first seen fewer than a number of days before the
     * assessment day, or is not known to the trader history at all.
     *
     * @param roles the roles; empty for any role
     * @param days the number of days, 1 or more
     */
    record NewTrader(SortedSet<PartyRole> roles, int days) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.NEW_TRADER;
        }

        /**
         * Validates the criterion.
         */
        public NewTrader {
            roles = Checks.sortedSet("newTrader.roles", roles);
            if (days < 1) {
                throw new InvalidInputException("newTrader.days", String.valueOf(days), "must be 1 or more");
            }
        }
    }

    /**
     * Fires when a party in one of the roles has at least a number of past offences and seizures
     * in the trader history.
     *
     * @param roles the roles; empty for any role
     * @param minimum the minimum number of offences and seizures together, 1 or more
     */
    record PriorOffences(SortedSet<PartyRole> roles, int minimum) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.PRIOR_OFFENCES;
        }

        /**
         * Validates the criterion.
         */
        public PriorOffences {
            roles = Checks.sortedSet("priorOffences.roles", roles);
            if (minimum < 1) {
                throw new InvalidInputException("priorOffences.minimum", String.valueOf(minimum), "must be 1 or more");
            }
        }
    }

    /**
     * Fires when a goods item's declared value per kilogram is below a fraction of the reference
     * value for its HS6 subheading and origin (RR-11). Items without a reference value in the same
     * currency, without a value or without a mass do not fire.
     *
     * @param fraction the fraction of the reference, greater than 0 and at most 1, such as 0.5
     */
    record Undervaluation(double fraction) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.UNDERVALUATION;
        }

        /**
         * Validates the fraction.
         */
        public Undervaluation {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new InvalidInputException("undervaluation.fraction", String.valueOf(fraction),
                        "must be greater than 0 and at most 1");
            }
        }
    }

    /**
     * Fires when a goods description contains one of the terms as whole words, ignoring case, such
     * as "general merchandise", "parts" or "samples".
     *
     * @param terms the terms, in lower case; at least one
     */
    record VagueDescription(SortedSet<String> terms) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.VAGUE_DESCRIPTION;
        }

        /**
         * Validates and lower-cases the terms.
         */
        public VagueDescription {
            TreeSet<String> lower = new TreeSet<>();
            for (String t : nonEmpty("vagueDescription.terms", terms)) {
                lower.add(Checks.notBlank("vagueDescription.terms[]", t).toLowerCase(Locale.ROOT));
            }
            terms = java.util.Collections.unmodifiableSortedSet(lower);
        }
    }

    /**
     * Fires when a payment names a payer who is not a party to the declaration in one of the
     * related roles: payment by an unrelated third party.
     *
     * @param subjects the payments to look at; empty for goods and transport charges alike
     * @param relatedRoles the roles whose parties count as related; empty for any role
     */
    record ThirdPartyPayment(SortedSet<Payment.Subject> subjects, SortedSet<PartyRole> relatedRoles)
            implements Criterion {
        @Override
        public Kind kind() {
            return Kind.THIRD_PARTY_PAYMENT;
        }

        /**
         * Validates the criterion.
         */
        public ThirdPartyPayment {
            subjects = Checks.sortedSet("thirdPartyPayment.subjects", subjects);
            relatedRoles = Checks.sortedSet("thirdPartyPayment.relatedRoles", relatedRoles);
        }
    }

    /**
     * Fires when a payment uses one of the methods, such as cash.
     *
     * @param methods the methods; at least one
     */
    record PaymentMethodIs(SortedSet<PaymentMethod> methods) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.PAYMENT_METHOD;
        }

        /**
         * Validates the methods.
         */
        public PaymentMethodIs {
            methods = nonEmpty("paymentMethod.methods", methods);
        }
    }

    /**
     * Fires when a container shows one of the anomalies.
     *
     * @param kinds the anomalies; at least one
     */
    record ContainerAnomaly(SortedSet<Kind> kinds) implements Criterion {
        @Override
        public Criterion.Kind kind() {
            return Criterion.Kind.CONTAINER_ANOMALY;
        }

        /**
         * An anomaly of a container or its seals.
         */
        public enum Kind {
            /** The container has no declared seal. */
            MISSING_SEAL,
            /** The declared seals differ from those on the transport document. */
            SEAL_MISMATCH,
            /** A seal identifier is declared on more than one container. */
            DUPLICATE_SEAL
        }

        /**
         * Validates the anomalies.
         */
        public ContainerAnomaly {
            kinds = nonEmpty("containerAnomaly.kinds", kinds);
        }
    }

    /**
     * Fires when a goods item whose commodity code starts with one of the prefixes is not covered
     * by a document of the permit type: a missing permit for a regulated chapter.
     *
     * @param prefixes prefixes of 2 to 10 digits; at least one
     * @param permit the document that the goods need
     */
    record MissingPermit(SortedSet<String> prefixes, DocumentType permit) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.MISSING_PERMIT;
        }

        /**
         * Validates the criterion.
         */
        public MissingPermit {
            prefixes = digitPrefixes("missingPermit.prefixes", prefixes);
            Checks.notNull("missingPermit.permit", permit);
        }
    }

    /**
     * Fires when a party in one of the roles holds an AEO authorisation of one of the types, valid
     * on the assessment day. Combine with {@link Not} for "not an AEO".
     *
     * @param roles the roles; empty for any role
     * @param types the AEO types; empty for any type
     */
    record AeoHolder(SortedSet<PartyRole> roles, SortedSet<AeoType> types) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.AEO_HOLDER;
        }

        /**
         * Validates the criterion.
         */
        public AeoHolder {
            roles = Checks.sortedSet("aeoHolder.roles", roles);
            types = Checks.sortedSet("aeoHolder.types", types);
        }
    }

    /**
     * Fires when the means of transport at the border uses one of the modes.
     *
     * @param modes the modes; at least one
     */
    record TransportModeIs(SortedSet<TransportMode> modes) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.TRANSPORT_MODE;
        }

        /**
         * Validates the modes.
         */
        public TransportModeIs {
            modes = nonEmpty("transportMode.modes", modes);
        }
    }

    /**
     * Fires when every one of the criteria fires.
     *
     * @param criteria the criteria; at least one
     */
    record AllOf(List<Criterion> criteria) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.ALL_OF;
        }

        /**
         * Validates the criteria.
         */
        public AllOf {
            criteria = Checks.list("allOf", criteria);
            if (criteria.isEmpty()) {
                throw new InvalidInputException("allOf", "[]", "must hold at least one criterion");
            }
        }
    }

    /**
     * Fires when at least one of the criteria fires.
     *
     * @param criteria the criteria; at least one
     */
    record AnyOf(List<Criterion> criteria) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.ANY_OF;
        }

        /**
         * Validates the criteria.
         */
        public AnyOf {
            criteria = Checks.list("anyOf", criteria);
            if (criteria.isEmpty()) {
                throw new InvalidInputException("anyOf", "[]", "must hold at least one criterion");
            }
        }
    }

    /**
     * Fires when the criterion does not fire.
     *
     * @param criterion the criterion
     */
    record Not(Criterion criterion) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.NOT;
        }

        /**
         * Validates the criterion.
         */
        public Not {
            Checks.notNull("not", criterion);
        }
    }

    /**
     * Returns a criterion on commodity code prefixes.
     *
     * @param prefixes prefixes of 2 to 10 digits, not null
     * @return the criterion, not null
     */
    static Criterion hsPrefix(String... prefixes) {
        return new HsPrefix(new TreeSet<>(Arrays.asList(prefixes)));
    }

    /**
     * Returns a criterion on countries of origin.
     *
     * @param countries ISO 3166-1 alpha-2 codes, not null
     * @return the criterion, not null
     */
    static Criterion originCountry(String... countries) {
        return new OriginCountry(countries(countries));
    }

    /**
     * Returns a criterion on the country of departure.
     *
     * @param countries ISO 3166-1 alpha-2 codes, not null
     * @return the criterion, not null
     */
    static Criterion departureCountry(String... countries) {
        return new DepartureCountry(countries(countries));
    }

    /**
     * Returns a criterion on countries of routing.
     *
     * @param countries ISO 3166-1 alpha-2 codes, not null
     * @return the criterion, not null
     */
    static Criterion routingCountry(String... countries) {
        return new RoutingCountry(countries(countries));
    }

    /**
     * Returns a criterion on transhipment via listed hubs.
     *
     * @param hubs UN/LOCODEs, not null
     * @return the criterion, not null
     */
    static Criterion transhipmentHub(String... hubs) {
        TreeSet<Locode> set = new TreeSet<>();
        for (String h : hubs) {
            set.add(Locode.of(h));
        }
        return new TranshipmentHub(set);
    }

    /**
     * Returns a criterion on named parties in any role.
     *
     * @param parties the traders, not null
     * @return the criterion, not null
     */
    static Criterion namedParty(TraderId... parties) {
        return new NamedParty(new TreeSet<>(Arrays.asList(parties)), null);
    }

    /**
     * Returns a criterion on a watch list, for parties in the roles.
     *
     * @param watchList the watch list name, not null
     * @param roles the roles; none for any role
     * @return the criterion, not null
     */
    static Criterion onWatchList(String watchList, PartyRole... roles) {
        return new PartyOnWatchList(watchList, new TreeSet<>(Arrays.asList(roles)));
    }

    /**
     * Returns a criterion on new traders in the roles.
     *
     * @param days the number of days, 1 or more
     * @param roles the roles; none for any role
     * @return the criterion, not null
     */
    static Criterion newTrader(int days, PartyRole... roles) {
        return new NewTrader(new TreeSet<>(Arrays.asList(roles)), days);
    }

    /**
     * Returns a criterion on past offences and seizures of parties in the roles.
     *
     * @param minimum the minimum count, 1 or more
     * @param roles the roles; none for any role
     * @return the criterion, not null
     */
    static Criterion priorOffences(int minimum, PartyRole... roles) {
        return new PriorOffences(new TreeSet<>(Arrays.asList(roles)), minimum);
    }

    /**
     * Returns an undervaluation criterion (RR-11).
     *
     * @param fraction the fraction of the reference value per kilogram, in (0, 1]
     * @return the criterion, not null
     */
    static Criterion undervaluation(double fraction) {
        return new Undervaluation(fraction);
    }

    /**
     * Returns a vague-description criterion.
     *
     * @param terms the terms, not null
     * @return the criterion, not null
     */
    static Criterion vagueDescription(String... terms) {
        return new VagueDescription(new TreeSet<>(Arrays.asList(terms)));
    }

    /**
     * Returns a criterion on payment by an unrelated third party, for any payment, with parties in
     * any role counting as related.
     *
     * @return the criterion, not null
     */
    static Criterion thirdPartyPayment() {
        return new ThirdPartyPayment(null, null);
    }

    /**
     * Returns a criterion on payment methods.
     *
     * @param methods the methods, not null
     * @return the criterion, not null
     */
    static Criterion paymentMethod(PaymentMethod... methods) {
        return new PaymentMethodIs(new TreeSet<>(Arrays.asList(methods)));
    }

    /**
     * Returns a criterion on container anomalies.
     *
     * @param kinds the anomalies, not null
     * @return the criterion, not null
     */
    static Criterion containerAnomaly(ContainerAnomaly.Kind... kinds) {
        return new ContainerAnomaly(new TreeSet<>(Arrays.asList(kinds)));
    }

    /**
     * Returns a criterion on a missing permit.
     *
     * @param permit the document the goods need, not null
     * @param prefixes the regulated commodity code prefixes, not null
     * @return the criterion, not null
     */
    static Criterion missingPermit(DocumentType permit, String... prefixes) {
        return new MissingPermit(new TreeSet<>(Arrays.asList(prefixes)), permit);
    }

    /**
     * Returns a criterion on AEO holders.
     *
     * @param types the AEO types; none for any type
     * @param roles the roles; none for any role
     * @return the criterion, not null
     */
    static Criterion aeoHolder(SortedSet<AeoType> types, PartyRole... roles) {
        return new AeoHolder(new TreeSet<>(Arrays.asList(roles)), types);
    }

    /**
     * Returns a criterion on transport modes.
     *
     * @param modes the modes, not null
     * @return the criterion, not null
     */
    static Criterion transportMode(TransportMode... modes) {
        return new TransportModeIs(new TreeSet<>(Arrays.asList(modes)));
    }

    /**
     * Fires when a coded attribute of the declaration (procedure, office, tax type...) is one of the
     * codes. A declaration that does not record the attribute does not fire, except when missing
     * data is taken at its riskiest.
     *
     * @param attribute the attribute
     * @param codes the codes; at least one
     */
    record AttributeIs(DeclarationAttribute attribute, SortedSet<String> codes) implements Criterion {
        @Override
        public Kind kind() {
            return Kind.ATTRIBUTE;
        }

        /**
         * Validates the criterion.
         */
        public AttributeIs {
            Checks.notNull("attribute.attribute", attribute);
            codes = nonEmpty("attribute.codes", codes);
            for (String c : codes) {
                Checks.id("attribute.codes[]", c);
            }
        }
    }

    /**
     * Fires when a goods item, under one of the commodity code prefixes if any are given, has a
     * measure (value, mass or value per kilogram) within a range with both bounds: at least
     * {@code min} and below {@code max}. Exact values are not criteria: a range targets, an exact
     * price memorises. Values are compared only in the range's currency; an item without a mass
     * above zero has no mass and no value per kilogram.
     *
     * @param measure what is measured
     * @param min the lower bound, included, zero or more
     * @param max the upper bound, excluded, above {@code min}
     * @param currency the ISO 4217 code of value bounds, or null for a mass range
     * @param prefixes commodity code prefixes of 2 to 10 digits the item must start with; empty for any item
     */
    record Range(Measure measure, double min, double max, String currency, SortedSet<String> prefixes)
            implements Criterion {
        /**
         * What a range measures on a goods item.
         */
        public enum Measure {
            /** The declared value, in the range's currency. */
            VALUE,
            /** The valuation mass in kilograms: net, else gross. */
            MASS,
            /** The declared value per kilogram of valuation mass, in the range's currency. */
            VALUE_PER_KG
        }

        @Override
        public Kind kind() {
            return Kind.RANGE;
        }

        /**
         * Validates the range.
         */
        public Range {
            Checks.notNull("range.measure", measure);
            if (!(min >= 0) || Double.isInfinite(min)) {
                throw new InvalidInputException("range.min", String.valueOf(min), "must be a finite number, 0 or more");
            }
            if (!(max > min) || Double.isInfinite(max)) {
                throw new InvalidInputException("range.max", String.valueOf(max),
                        "must be a finite number above min " + min + ": both bounds are required");
            }
            if (measure == Measure.MASS) {
                if (currency != null) {
                    throw new InvalidInputException("range.currency", currency, "must be absent for a mass range");
                }
            } else if (currency == null || !currency.matches("[A-Z]{3}")) {
                throw new InvalidInputException("range.currency", String.valueOf(currency),
                        "must be an ISO 4217 code for a value range, such as EUR");
            }
            prefixes = prefixes == null || prefixes.isEmpty() ? Checks.sortedSet("range.prefixes", prefixes)
                    : digitPrefixes("range.prefixes", prefixes);
        }
    }

    /**
     * Obtains a criterion on a coded attribute of the declaration.
     *
     * @param attribute the attribute, not null
     * @param codes the codes, at least one
     * @return the criterion, not null
     */
    static Criterion attribute(DeclarationAttribute attribute, String... codes) {
        return new AttributeIs(attribute, new TreeSet<>(Arrays.asList(codes)));
    }

    /**
     * Obtains a range criterion.
     *
     * @param measure the measure, not null
     * @param min the lower bound, included
     * @param max the upper bound, excluded
     * @param currency the currency of value bounds, or null for a mass range
     * @param prefixes commodity code prefixes the item must start with; none for any item
     * @return the criterion, not null
     */
    static Criterion range(Range.Measure measure, double min, double max, String currency, String... prefixes) {
        return new Range(measure, min, max, currency, new TreeSet<>(Arrays.asList(prefixes)));
    }

    /**
     * Returns the conjunction of criteria.
     *
     * @param criteria the criteria, not null
     * @return the criterion, not null
     */
    static Criterion allOf(Criterion... criteria) {
        return new AllOf(Arrays.asList(criteria));
    }

    /**
     * Returns the disjunction of criteria.
     *
     * @param criteria the criteria, not null
     * @return the criterion, not null
     */
    static Criterion anyOf(Criterion... criteria) {
        return new AnyOf(Arrays.asList(criteria));
    }

    /**
     * Returns the negation of a criterion.
     *
     * @param criterion the criterion, not null
     * @return the criterion, not null
     */
    static Criterion not(Criterion criterion) {
        return new Not(criterion);
    }

    private static SortedSet<CountryCode> countries(String... codes) {
        TreeSet<CountryCode> set = new TreeSet<>();
        for (String c : codes) {
            set.add(CountryCode.of(c));
        }
        return set;
    }

    private static <T extends Comparable<? super T>> SortedSet<T> nonEmpty(String field, SortedSet<T> values) {
        SortedSet<T> copy = Checks.sortedSet(field, values);
        if (copy.isEmpty()) {
            throw new InvalidInputException(field, "[]", "must hold at least one value");
        }
        return copy;
    }

    private static SortedSet<String> digitPrefixes(String field, SortedSet<String> values) {
        SortedSet<String> copy = nonEmpty(field, values);
        for (String p : copy) {
            boolean digits = p.length() >= 2 && p.length() <= 10;
            for (int i = 0; digits && i < p.length(); i++) {
                digits = p.charAt(i) >= '0' && p.charAt(i) <= '9';
            }
            if (!digits) {
                throw new InvalidInputException(field + "[]", p, "must be 2 to 10 digits, such as 24 or 2403");
            }
        }
        return copy;
    }
}
