package org.passerelle.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.model.TraderId;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * What an assessment needs that a declaration does not carry: trader histories, watch lists,
 * reference values and the AEO authorisation register, given explicitly to {@link RiskEngine#assess(org.passerelle.model.Declaration, RiskContext,
 * java.time.Instant)}.
 *
 * <p>A context is built once and shared by many assessments. This type is immutable and
 * thread-safe.
 */
public final class RiskContext {
    /** A context that knows nothing: every trader is new, no watch list, no reference value. */
    public static final RiskContext EMPTY = builder().build();

    private final Map<TraderId, TraderHistory> traders;
    private final Map<String, Set<TraderId>> watchLists;
    private final Map<String, Map<CountryCode, ReferenceValue>> references;
    /** The current facts of intelligence items behind profiles (RR-06), by item. */
    private final Map<ItemId, IntelligenceFacts> intelligence;

    /** The status and retention end of an intelligence item, as the caller's fact store has them now. */
    private record IntelligenceFacts(ItemStatus status, LocalDate retentionEnd) {
    }

    private final Map<TraderId, List<AeoAuthorisation>> aeoRegister;

    private RiskContext(Builder b) {
        this.intelligence = Map.copyOf(b.intelligence);
        Map<TraderId, List<AeoAuthorisation>> register = new HashMap<>();
        b.aeoRegister.forEach((k, v) -> register.put(k, List.copyOf(v)));
        this.aeoRegister = Map.copyOf(register);
        this.traders = Map.copyOf(b.traders);
        Map<String, Set<TraderId>> lists = new HashMap<>();
        b.watchLists.forEach((k, v) -> lists.put(k, Set.copyOf(v)));
        this.watchLists = Map.copyOf(lists);
        Map<String, Map<CountryCode, ReferenceValue>> refs = new HashMap<>();
        b.references.forEach((k, v) -> refs.put(k, Map.copyOf(v)));
        this.references = Map.copyOf(refs);
    }

    /**
     * Starts a builder for a context.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the AEO authorisation of a trader in the context's authorisation register that is
     * valid on a day (RR-05): the only source of AEO status, since what a declaration claims is not
     * a fact. When several are valid, the one with the widest cover (AEOF) is returned.
     *
     * @param trader the trader, not null
     * @param day the day, not null
     * @return the authorisation, or empty
     */
    public Optional<AeoAuthorisation> registeredAeo(TraderId trader, LocalDate day) {
        return Optional.ofNullable(registeredAeoOrNull(trader, day));
    }

    AeoAuthorisation registeredAeoOrNull(TraderId trader, LocalDate day) {
        List<AeoAuthorisation> list = aeoRegister.get(trader);
        AeoAuthorisation best = null;
        if (list != null) {
            for (AeoAuthorisation a : list) {
                if (a.isValidOn(day) && (best == null || a.type() == AeoType.AEOF)) {
                    best = a;
                }
            }
        }
        return best;
    }

    /**
     * Returns whether the register holds an authorisation of a trader of the given type valid on a day.
     */
    boolean isRegistered(TraderId trader, AeoType type, LocalDate day) {
        List<AeoAuthorisation> list = aeoRegister.get(trader);
        if (list != null) {
            for (AeoAuthorisation a : list) {
                if (a.type() == type && a.isValidOn(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns the authorisation register: every trader's registered AEO authorisations.
     *
     * @return the register, sorted by trader, not null
     */
    public SortedMap<TraderId, List<AeoAuthorisation>> aeoRegister() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(aeoRegister));
    }

    /**
     * Returns the history of a trader.
     *
     * @param trader the trader, not null
     * @return the history, or empty when the trader is unknown
     */
    public Optional<TraderHistory> history(TraderId trader) {
        return Optional.ofNullable(traders.get(trader));
    }

    TraderHistory historyOrNull(TraderId trader) {
        return traders.get(trader);
    }

    /**
     * Returns whether a trader is on a watch list.
     *
     * @param watchList the watch list name, not null
     * @param trader the trader, not null
     * @return whether it is on the list; false when there is no such list
     */
    public boolean isOnWatchList(String watchList, TraderId trader) {
        Set<TraderId> list = watchLists.get(watchList);
        return list != null && list.contains(trader);
    }

    /**
     * Returns the reference value for an HS6 subheading and origin.
     *
     * @param hs6 the subheading, 6 digits, not null
     * @param origin the country of origin, not null
     * @return the reference, or empty
     */
    public Optional<ReferenceValue> referenceValue(String hs6, CountryCode origin) {
        return Optional.ofNullable(referenceOrNull(hs6, origin));
    }

    ReferenceValue referenceOrNull(String hs6, CountryCode origin) {
        Map<CountryCode, ReferenceValue> byOrigin = references.get(hs6);
        return byOrigin == null ? null : byOrigin.get(origin);
    }

    /**
     * Returns why a profile's intelligence no longer supports it on a day (RR-06): the item was
     * flagged inaccurate or erased, or its retention ended, as the facts given to this context say;
     * or null when it still does (or the context has no facts about it).
     *
     * @param link the profile's link to its intelligence, or null
     * @param day the day, not null
     * @return the reason, or null
     */
    String intelligenceWithdrawn(IntelligenceLink link, LocalDate day) {
        IntelligenceFacts facts = link == null ? null : intelligence.get(link.item());
        if (facts == null) {
            return null;
        }
        if (facts.status() != ItemStatus.ACTIVE) {
            return "its intelligence item " + link.item() + " is marked " + facts.status();
        }
        if (facts.retentionEnd() != null && day.isAfter(facts.retentionEnd())) {
            return "the retention of its intelligence item " + link.item() + " ended on " + facts.retentionEnd();
        }
        return null;
    }

    /**
     * Returns the names of the watch lists.
     *
     * @return the names, not null
     */
    public Set<String> watchLists() {
        return Collections.unmodifiableSet(watchLists.keySet());
    }

    /**
     * Returns the traders' histories, ordered by trader.
     *
     * @return the histories, not null
     */
    public List<TraderHistory> traders() {
        List<TraderHistory> list = new ArrayList<>(traders.values());
        list.sort(Comparator.comparing(TraderHistory::trader));
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns the traders on a watch list.
     *
     * @param watchList the watch list name, not null
     * @return the traders, in order; empty when there is no such list
     */
    public SortedSet<TraderId> watchList(String watchList) {
        return Checks.sortedSet("watchList", watchLists.getOrDefault(watchList, Set.of()));
    }

    /**
     * Returns the reference values, ordered by HS6 subheading and origin.
     *
     * @return the references, not null
     */
    public List<ReferenceValue> referenceValues() {
        List<ReferenceValue> list = new ArrayList<>();
        references.values().forEach(m -> list.addAll(m.values()));
        list.sort(Comparator.comparing(ReferenceValue::hs6).thenComparing(ReferenceValue::origin));
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RiskContext)) {
            return false;
        }
        RiskContext other = (RiskContext) o;
        return traders.equals(other.traders) && watchLists.equals(other.watchLists)
                && references.equals(other.references) && intelligence.equals(other.intelligence)
                && aeoRegister.equals(other.aeoRegister);
    }

    @Override
    public int hashCode() {
        return Objects.hash(traders, watchLists, references, intelligence, aeoRegister);
    }

    @Override
    public String toString() {
        return "RiskContext[" + traders.size() + " trader(s), watch lists " + new TreeSet<>(watchLists.keySet()) + ", "
                + referenceValues().size() + " reference value(s)]";
    }

    /**
     * A builder of {@link RiskContext}. Not thread-safe.
     */
    public static final class Builder {
        private final Map<TraderId, TraderHistory> traders = new HashMap<>();
        private final Map<String, Set<TraderId>> watchLists = new HashMap<>();
        private final Map<String, Map<CountryCode, ReferenceValue>> references = new HashMap<>();
        private final Map<ItemId, IntelligenceFacts> intelligence = new HashMap<>();
        private final Map<TraderId, List<AeoAuthorisation>> aeoRegister = new HashMap<>();

        private Builder() {
        }

        /**
         * Gives the current facts of an intelligence item that profiles are built on (RR-06): a
         * profile linked to it stops applying once the item is flagged inaccurate or erased, or
         * after its retention end.
         *
         * <p>{@code org.passerelle.bridge.IntelligenceLinks.facts(builder, item)} gives them from an
         * information item of the sharing side.
         *
         * @param item the item's identifier, not null
         * @param status the item's status as the fact store has it now, not null
         * @param retentionEnd the last day its source lets it be kept, or null when not limited
         * @return this builder
         */
        public Builder intelligence(ItemId item, ItemStatus status, LocalDate retentionEnd) {
            Checks.notNull("intelligence.item", item);
            intelligence.put(item, new IntelligenceFacts(Checks.notNull("intelligence.status", status), retentionEnd));
            return this;
        }

        /**
         * Registers an AEO authorisation of a trader in the authorisation register (RR-05).
         *
         * @param trader the trader, not null
         * @param authorisation the authorisation, not null
         * @return this builder
         */
        public Builder aeo(TraderId trader, AeoAuthorisation authorisation) {
            Checks.notNull("aeo.trader", trader);
            Checks.notNull("aeo.authorisation", authorisation);
            aeoRegister.computeIfAbsent(trader, k -> new ArrayList<>()).add(authorisation);
            return this;
        }

        /**
         * Adds a trader's history.
         *
         * @param history the history, not null
         * @return this builder
         * @throws InvalidInputException if the trader already has a history
         */
        public Builder trader(TraderHistory history) {
            Checks.notNull("history", history);
            if (traders.putIfAbsent(history.trader(), history) != null) {
                throw new InvalidInputException("trader", history.trader().value(), "has two histories");
            }
            return this;
        }

        /**
         * Adds a trader's history.
         *
         * @param trader the trader, not null
         * @param firstSeen the day it was first seen, not null
         * @param offences the number of past offences
         * @param seizures the number of past seizures
         * @return this builder
         */
        public Builder trader(TraderId trader, LocalDate firstSeen, int offences, int seizures) {
            return trader(new TraderHistory(trader, firstSeen, offences, seizures));
        }

        /**
         * Adds traders to a watch list, creating it if needed.
         *
         * @param name the watch list name, not null
         * @param traderIds the traders, not null
         * @return this builder
         */
        public Builder watchList(String name, TraderId... traderIds) {
            Set<TraderId> list = watchLists.computeIfAbsent(Checks.id("watchList", name), k -> new HashSet<>());
            for (TraderId t : traderIds) {
                list.add(Checks.notNull("watchList." + name + "[]", t));
            }
            return this;
        }

        /**
         * Adds a reference value.
         *
         * @param value the reference, not null
         * @return this builder
         * @throws InvalidInputException if the HS6 subheading and origin already have a reference
         */
        public Builder referenceValue(ReferenceValue value) {
            Checks.notNull("referenceValue", value);
            Map<CountryCode, ReferenceValue> byOrigin = references.computeIfAbsent(value.hs6(), k -> new HashMap<>());
            if (byOrigin.putIfAbsent(value.origin(), value) != null) {
                throw new InvalidInputException("referenceValue", value.hs6() + "/" + value.origin(),
                        "has two reference values");
            }
            return this;
        }

        /**
         * Adds a reference value.
         *
         * @param hs6 the HS6 subheading, not null
         * @param origin the ISO 3166-1 alpha-2 code of the origin, not null
         * @param amountPerKg the value per kilogram as decimal text, not null
         * @param currency the ISO 4217 code, not null
         * @return this builder
         */
        public Builder referenceValue(String hs6, String origin, String amountPerKg, String currency) {
            return referenceValue(new ReferenceValue(hs6, CountryCode.of(origin), Money.of(amountPerKg, currency)));
        }

        /**
         * Builds the context.
         *
         * @return the context, not null
         */
        public RiskContext build() {
            return new RiskContext(this);
        }
    }
}
