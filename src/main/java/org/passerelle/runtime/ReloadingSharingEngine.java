package org.passerelle.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.FactStore;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.SharingDecider;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sharing engine whose law can be replaced while it serves: the compiled engine in force is held
 * in an {@link AtomicReference}, and {@link #reload()} reads and compiles the new law completely
 * before swapping it in with one atomic write. Every engine reads the same {@link FactStore}: a
 * reload changes the law, never the facts, and recording facts needs no reload.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Every decision is made entirely by one compiled engine, taken once at its start, so under
 *       one law version; the decision names it ({@link SharingDecision#lawVersion()}), and so
 *       does its audit record when the engine is wrapped with
 *       {@code AuditedSharingEngine.ofCurrent(reloading::current, sink)}.</li>
 *   <li>A reload that fails (the source throws, the law is invalid, compiling fails) changes
 *       nothing: the previous law stays in force, whole, and the returned {@link Reload} says
 *       why. A reader never sees a half-read law, since {@link PolicyReader} returns a whole,
 *       checked law or throws.</li>
 *   <li>Reloads are serialised with each other; decisions never wait for a reload.</li>
 * </ul>
 *
 * <p>It is a {@link SharingDecider}, the type an application injects. This class is thread-safe.
 */
public final class ReloadingSharingEngine implements SharingDecider {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingSharingEngine.class);
    private final Supplier<SharingLaw> source;
    private final FactStore facts;
    private final Clock clock;
    private final AtomicReference<SharingEngine> current;
    private final Object reloading = new Object();

    private ReloadingSharingEngine(Supplier<SharingLaw> source, FactStore facts, Clock clock, SharingEngine first) {
        this.source = source;
        this.facts = facts;
        this.clock = clock;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Reads and compiles the law a source gives, and returns an engine over a fact store that can
     * reload the law from the source.
     *
     * @param source gives the law to put in force, whole, or throws; not null
     * @param facts the fact store every engine reads, not null
     * @param clock the clock of the engines, for requests without an instant; not null
     * @return the engine, not null
     * @throws RuntimeException whatever the source throws when the first law cannot be read,
     *         such as {@link org.passerelle.model.InvalidInputException}
     */
    public static ReloadingSharingEngine of(Supplier<SharingLaw> source, FactStore facts, Clock clock) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(clock, "clock");
        return new ReloadingSharingEngine(source, facts, clock, compile(source.get(), facts, clock));
    }

    /**
     * Reads a policy directory and returns an engine that reloads its law from it. The facts of the
     * directory (items, consents, objections) are read once, into a new {@link InMemoryFactStore};
     * a reload takes the law only, since facts are recorded in the store.
     *
     * <p>Each reload reads the directory as one snapshot: with a manifest ({@code policy.sha256},
     * see {@link org.passerelle.json.PolicyManifest}) a directory being rewritten is refused whole and
     * the policy in force stays; a directory given as a symbolic link is resolved once per reload, so
     * a link swapped by an atomic rename is read wholly from one release. Without either, a
     * directory rewritten in place during a reload can be read half old, half new.
     *
     * @param directory the policy directory, not null
     * @param reader the reader, with its limits, not null
     * @param clock the clock of the engines, for requests without an instant; not null
     * @return the engine, not null
     * @throws org.passerelle.model.InvalidInputException if the directory does not hold a valid policy
     */
    public static ReloadingSharingEngine fromDirectory(Path directory, PolicyReader reader, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(clock, "clock");
        SharingPolicy first = reader.readSharingPolicy(directory);
        FactStore facts = InMemoryFactStore.of(first);
        return new ReloadingSharingEngine(() -> reader.readSharingPolicy(directory).law(), facts, clock,
                compile(first.law(), facts, clock));
    }

    private static SharingEngine compile(SharingLaw law, FactStore facts, Clock clock) {
        return SharingEngine.builder(Objects.requireNonNull(law, "the law source returned no law")).facts(facts)
                .clock(clock).build();
    }

    /**
     * Decides a request with the engine in force when the call starts.
     *
     * @param request the request, not null
     * @return the decision, naming the law version it was made under, not null
     */
    @Override
    public SharingDecision decide(SharingRequest request) {
        return current.get().decide(request);
    }

    /**
     * Marks an item inaccurate, wrongly transmitted or erased (SR-30) in the fact store every engine
     * reads, with the engine in force, and returns the recall that follows. The marking outlives
     * reloads: it is a fact, not law.
     *
     * @param item the item, not null
     * @param status the new status, not {@link ItemStatus#ACTIVE}
     * @param at the instant of the marking, not null
     * @return the recall, not null
     * @throws org.passerelle.model.PasserelleException if the item is not recorded or the status is
     *         {@code ACTIVE}
     */
    @Override
    public Recall recall(ItemId item, ItemStatus status, Instant at) {
        return current.get().recall(item, status, at);
    }

    /**
     * Returns the compiled engine in force.
     *
     * @return the engine, not null
     */
    public SharingEngine current() {
        return current.get();
    }

    /**
     * Returns the version of the law in force.
     *
     * @return the version, not null
     */
    public String version() {
        return current.get().law().version();
    }

    /**
     * Returns the fact store every engine of this one reads.
     *
     * @return the store, not null
     */
    public FactStore facts() {
        return facts;
    }

    /**
     * Reads the source again and, if it gives a valid law that compiles, puts it in force.
     *
     * @return what happened, not null; never throws for a bad law
     */
    public Reload reload() {
        return swap(source);
    }

    /**
     * Puts a given law in force, once compiled.
     *
     * @param law the law, not null
     * @return what happened, not null
     */
    public Reload reload(SharingLaw law) {
        Objects.requireNonNull(law, "law");
        return swap(() -> law);
    }

    private Reload swap(Supplier<SharingLaw> from) {
        synchronized (reloading) {
            String previous = current.get().law().version();
            SharingEngine next;
            try {
                next = compile(from.get(), facts, clock);
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                LOG.warn("law reload failed, law {} stays in force: {}", previous, why);
                return new Reload(false, previous, previous, why);
            }
            current.set(next);
            LOG.info("law {} replaced by law {}", previous, next.law().version());
            return new Reload(true, previous, next.law().version(), null);
        }
    }

    @Override
    public String toString() {
        return "ReloadingSharingEngine[law=" + version() + "]";
    }

    /**
     * The result of a reload: whether a new law was put in force, the versions before and after,
     * and why it failed.
     *
     * @param applied whether the new law is now in force
     * @param previousVersion the version in force before the reload
     * @param activeVersion the version in force after it (the previous one if the reload failed)
     * @param failure why the reload failed, listing every problem of the law; null if applied
     */
    public record Reload(boolean applied, String previousVersion, String activeVersion, String failure) {
        /**
         * Validates the result.
         */
        public Reload {
            Objects.requireNonNull(previousVersion, "previousVersion");
            Objects.requireNonNull(activeVersion, "activeVersion");
            if (applied != (failure == null)) {
                throw new IllegalArgumentException("a reload is applied exactly when it has no failure");
            }
        }
    }
}
