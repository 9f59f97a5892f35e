package org.passerelle.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether an information item may flow to a recipient, for a purpose, and under which
 * conditions, by applying the sharing rules SR-01 to SR-35 to a {@link SharingPolicy}.
 *
 * <p>The policy is compiled once, in {@link #compile(SharingPolicy)} or {@link Builder#build()}, into
 * indexes: a decision examines only the agreements its holder is a party to (or the one cited, or
 * the one the item was received under) and writes no reason that could be written in advance.
 *
 * <p>Every decision is made as of an instant: the request's {@link SharingRequest#instant()}, or, when
 * the request has none, the engine's clock. The default clock is {@link Clock#systemUTC()}; give a
 * fixed clock to the {@link #builder(SharingPolicy) builder} to make time an explicit input. Nothing
 * else reads the time.
 *
 * <p>The engine fails closed: any exception while deciding gives a {@link Outcome#DENY} decision with
 * a {@link SharingRule#FAIL_CLOSED} hit carrying the error, never a permit; so do an unknown item,
 * agency or purpose. See {@code docs/sharing-rules.md} for every rule.
 *
 * <p>This class is immutable and thread-safe: one engine may serve any number of threads.
 */
public final class SharingEngine {
    private final CompiledPolicy compiled;
    private final Clock clock;

    private SharingEngine(CompiledPolicy compiled, Clock clock) {
        this.compiled = compiled;
        this.clock = clock;
    }

    /**
     * Compiles a policy into an engine that uses the system clock in UTC for requests without an instant.
     *
     * @param policy the policy, not null
     * @return the engine, not null
     */
    public static SharingEngine compile(SharingPolicy policy) {
        return builder(policy).build();
    }

    /**
     * Starts a builder for an engine over a policy.
     *
     * @param policy the policy, not null
     * @return a new builder, not null
     */
    public static Builder builder(SharingPolicy policy) {
        return new Builder(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Decides a request.
     *
     * <p>Never throws for a request that was built: errors while deciding give a refusal with a
     * {@link SharingRule#FAIL_CLOSED} hit.
     *
     * @param request the request, not null
     * @return the decision, not null
     * @throws NullPointerException if the request is null
     */
    public SharingDecision decide(SharingRequest request) {
        Objects.requireNonNull(request, "request");
        Instant instant = request.instant();
        try {
            if (instant == null) {
                instant = Objects.requireNonNull(clock.instant(), "the clock returned no instant");
            }
            return compiled.decide(request, instant);
        } catch (RuntimeException e) {
            return compiled.failClosed(request, instant == null ? Instant.EPOCH : instant, e);
        }
    }

    /**
     * Returns the policy this engine was compiled from.
     *
     * @return the policy, not null
     */
    public SharingPolicy policy() {
        return compiled.policy;
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
        return "SharingEngine[policy=" + compiled.policy.version() + ", clock=" + clock + "]";
    }

    /**
     * A builder of {@link SharingEngine}. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private final SharingPolicy policy;
        private Clock clock = Clock.systemUTC();

        private Builder(SharingPolicy policy) {
            this.policy = policy;
        }

        /**
         * Sets the clock that gives the instant of requests without one; {@link Clock#systemUTC()}
         * by default.
         *
         * @param value the clock, not null
         * @return this builder
         * @throws org.passerelle.model.InvalidValueException if the clock is null
         */
        public Builder clock(Clock value) {
            clock = org.passerelle.model.Checks.notNull("clock", value);
            return this;
        }

        /**
         * Compiles the policy into an engine.
         *
         * @return the engine, not null
         */
        public SharingEngine build() {
            return new SharingEngine(new CompiledPolicy(policy), clock);
        }
    }
}
