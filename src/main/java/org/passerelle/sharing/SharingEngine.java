package org.passerelle.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * Decides whether an information item may flow to a recipient, for a purpose, and under which
 * conditions, by applying the sharing rules SR-01 to SR-35 of a {@link SharingLaw} to the facts a
 * {@link FactStore} holds about the item.
 *
 * <p>The law is compiled once, when the engine is built, into indexes: a decision examines only the
 * agreements its holder is a party to (or the one cited, or, in an onward flow, the one the holder
 * received the item under) and writes no reason that could be written in advance. The facts are
 * read per decision: recording an item, a consent, an objection or a disclosure in the store never
 * recompiles the law. What depends on the item alone is compiled on first use and cached by the
 * item's revision. Each decision names the law version and the facts revision it used.
 *
 * <p>Every decision is made as of an instant: the request's {@link SharingRequest#instant()}, or, when
 * the request has none, the engine's clock. The default clock is {@link Clock#systemUTC()}; give a
 * fixed clock to the {@link #builder(SharingLaw) builder} to make time an explicit input. Nothing
 * else reads the time.
 *
 * <p>The engine fails closed: any exception while deciding (the store's included) gives a
 * {@link Outcome#DENY} decision with a {@link SharingRule#FAIL_CLOSED} hit carrying the error, never
 * a permit; so do an unknown item, agency or purpose. See {@code docs/sharing-rules.md} for every rule.
 *
 * <p>This class is thread-safe when its store is: one engine may serve any number of threads. It is
 * a {@link SharingDecider}, the type an application injects.
 */
public final class SharingEngine implements SharingDecider {
    /**
     * Slots of the compiled-item cache: each item id has one slot (by its hash), and an item
     * compiled into an occupied slot replaces the one there. Bounded, lock-free, and without the
     * storm of recompilations a cache that empties itself when full would cause.
     */
    private static final int CACHE_SLOTS = 1 << 16;
    private final CompiledLaw compiled;
    private final FactStore facts;
    private final Clock clock;
    private final AtomicReferenceArray<CompiledItem> items = new AtomicReferenceArray<>(CACHE_SLOTS);

    private SharingEngine(CompiledLaw compiled, FactStore facts, Clock clock) {
        this.compiled = compiled;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * Compiles the law of a policy into an engine over a new {@link InMemoryFactStore} holding the
     * policy's facts; requests without an instant use the system clock in UTC.
     *
     * @param policy the policy, not null
     * @return the engine, not null
     */
    public static SharingEngine compile(SharingPolicy policy) {
        return builder(policy).build();
    }

    /**
     * Compiles a law into an engine over a fact store; requests without an instant use the system
     * clock in UTC.
     *
     * @param law the law, not null
     * @param facts the fact store, not null
     * @return the engine, not null
     */
    public static SharingEngine compile(SharingLaw law, FactStore facts) {
        return builder(law).facts(facts).build();
    }

    /**
     * Starts a builder for an engine over a law; its fact store is a new, empty
     * {@link InMemoryFactStore} unless one is given.
     *
     * @param law the law, not null
     * @return a new builder, not null
     */
    public static Builder builder(SharingLaw law) {
        return new Builder(Objects.requireNonNull(law, "law"));
    }

    /**
     * Starts a builder for an engine over the law of a policy, with a new {@link InMemoryFactStore}
     * holding the policy's facts.
     *
     * @param policy the policy, not null
     * @return a new builder, not null
     */
    public static Builder builder(SharingPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return new Builder(policy.law()).facts(InMemoryFactStore.of(policy));
    }

    /**
     * Decides a request on the facts the store holds about its item now.
     *
     * <p>Never throws for a request that was built: errors while deciding give a refusal with a
     * {@link SharingRule#FAIL_CLOSED} hit.
     *
     * @param request the request, not null
     * @return the decision, not null
     * @throws NullPointerException if the request is null
     */
    @Override
    public SharingDecision decide(SharingRequest request) {
        Objects.requireNonNull(request, "request");
        Instant instant = request.instant();
        long revision = 0;
        try {
            if (instant == null) {
                instant = Objects.requireNonNull(clock.instant(), "the clock returned no instant");
            }
            ItemFacts stored = facts.factsOrNull(request.item());
            revision = stored == null ? 0 : stored.revision();
            return compiled.decide(request, instant, stored, stored == null ? null : compiledItem(stored));
        } catch (RuntimeException e) {
            return compiled.failClosed(request, instant == null ? Instant.EPOCH : instant, revision, e);
        }
    }

    /**
     * Marks an item inaccurate, wrongly transmitted or erased (SR-30) in the fact store and returns
     * the recall that follows: a notification to every earlier recipient and a correction or erasure
     * task for each. From then on, sharing that version of the item is refused.
     *
     * @param item the item, not null
     * @param status the new status, not {@link ItemStatus#ACTIVE}
     * @param at the instant of the marking, not null
     * @return the recall, not null
     * @throws InvalidInputException if the item is not recorded or the status is {@code ACTIVE}
     */
    @Override
    public Recall recall(ItemId item, ItemStatus status, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(at, "at");
        if (Objects.requireNonNull(status, "status") == ItemStatus.ACTIVE) {
            throw new InvalidInputException("status", status.name(), "a recall marks an item inaccurate,"
                    + " wrongly transmitted or erased");
        }
        facts.recordStatus(item, status);
        return Recall.of(facts.facts(item).orElseThrow(), at);
    }

    private CompiledItem compiledItem(ItemFacts stored) {
        ItemId id = stored.item().id();
        int h = id.hashCode();
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        CompiledItem cached = items.get(slot);
        if (cached != null && cached.revision == stored.itemRevision() && cached.item.id().equals(id)) {
            return cached;
        }
        CompiledItem fresh = compiled.compile(stored);
        items.set(slot, fresh);
        return fresh;
    }

    /**
     * Returns the law this engine was compiled from.
     *
     * @return the law, not null
     */
    public SharingLaw law() {
        return compiled.law;
    }

    /**
     * Returns the fact store this engine reads.
     *
     * @return the store, not null
     */
    public FactStore facts() {
        return facts;
    }

    /**
     * Returns the clock used for requests without an instant.
     *
     * @return the clock, not null
     */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "SharingEngine[law=" + compiled.version + ", facts=" + facts + ", clock=" + clock + "]";
    }

    /**
     * A builder of {@link SharingEngine}. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private final SharingLaw law;
        private FactStore facts;
        private Clock clock = Clock.systemUTC();

        private Builder(SharingLaw law) {
            this.law = law;
        }

        /**
         * Sets the fact store the engine reads; a new, empty {@link InMemoryFactStore} by default.
         *
         * @param value the store, not null
         * @return this builder
         * @throws InvalidInputException if the store is null
         */
        public Builder facts(FactStore value) {
            facts = org.passerelle.model.Checks.notNull("facts", value);
            return this;
        }

        /**
         * Sets the clock that gives the instant of requests without one; {@link Clock#systemUTC()}
         * by default.
         *
         * @param value the clock, not null
         * @return this builder
         * @throws InvalidInputException if the clock is null
         */
        public Builder clock(Clock value) {
            clock = org.passerelle.model.Checks.notNull("clock", value);
            return this;
        }

        /**
         * Compiles the law into an engine.
         *
         * @return the engine, not null
         */
        public SharingEngine build() {
            return new SharingEngine(new CompiledLaw(law), facts == null ? InMemoryFactStore.create() : facts, clock);
        }
    }
}
