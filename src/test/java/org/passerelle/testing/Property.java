package org.passerelle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A minimal, reproducible property runner on plain JUnit: runs a check over many generated cases,
 * each drawn from its own {@link Gen} seeded from the run seed and the case number, and on failure
 * names the seed and case so that the case can be replayed alone.
 *
 * <p>System properties: {@code passerelle.tries} multiplies nothing and replaces the default number of
 * cases of every property ({@code -Dpasserelle.tries=20000} for a long run); {@code passerelle.seed}
 * fixes the run seed (default {@value #DEFAULT_SEED}, so that the suite is deterministic);
 * {@code passerelle.case} replays one case.
 */
public final class Property {
    /** The run seed used when {@code passerelle.seed} is not set. */
    public static final long DEFAULT_SEED = 20_261_127L;

    private Property() {
    }

    /**
     * Returns the number of cases to run: {@code passerelle.tries} if set, else the default given.
     *
     * @param defaultTries the property's default number of cases
     * @return the number of cases
     */
    public static int tries(int defaultTries) {
        String v = System.getProperty("passerelle.tries");
        return v == null || v.isBlank() ? defaultTries : Integer.parseInt(v.strip());
    }

    /**
     * Returns the run seed.
     *
     * @return the seed
     */
    public static long seed() {
        String v = System.getProperty("passerelle.seed");
        return v == null || v.isBlank() ? DEFAULT_SEED : Long.parseLong(v.strip());
    }

    /**
     * Runs a property over generated cases; a case that throws fails the property with its seed and
     * number. A case may call {@link Gen#discard()} to be skipped (too many discards fail the run).
     *
     * @param name the property name, quoted in failures
     * @param defaultTries the default number of cases
     * @param check the check of one case
     * @return statistics of the run
     */
    public static Stats forAll(String name, int defaultTries, Consumer<Gen> check) {
        int tries = tries(defaultTries);
        long seed = seed();
        String only = System.getProperty("passerelle.case");
        Stats stats = new Stats(name);
        for (int i = 0; i < tries; i++) {
            if (only != null && !only.isBlank() && Integer.parseInt(only.strip()) != i) {
                continue;
            }
            Gen gen = new Gen(new SplittableRandom(seed * 1_000_003L + i * 0x9E3779B97F4A7C15L + name.hashCode()));
            try {
                check.accept(gen);
                stats.checked++;
            } catch (Gen.Discard d) {
                stats.discarded++;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property '" + name + "' failed on case " + i + " (replay with -Dpasserelle.seed="
                        + seed + " -Dpasserelle.case=" + i + "): " + e.getMessage(), e);
            }
        }
        if (only == null && stats.discarded > tries / 2) {
            throw new AssertionError("property '" + name + "' discarded " + stats.discarded + " of " + tries + " cases");
        }
        return stats;
    }

    /** How many cases a property checked and discarded, and named counters for its classifications. */
    public static final class Stats {
        private final String name;
        private int checked;
        private int discarded;

        Stats(String name) {
            this.name = name;
        }

        /** @return the cases checked */
        public int checked() {
            return checked;
        }

        /** @return the cases discarded */
        public int discarded() {
            return discarded;
        }

        @Override
        public String toString() {
            return name + ": " + checked + " checked, " + discarded + " discarded";
        }
    }

    /** A source of random values for one case. */
    public static final class Gen {
        private final SplittableRandom random;

        Gen(SplittableRandom random) {
            this.random = random;
        }

        /** Signals that a case does not apply and is skipped. */
        static final class Discard extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Discard() {
                super(null, null, false, false);
            }
        }

        /**
         * Skips the current case.
         *
         * @return never returns
         */
        public RuntimeException discard() {
            throw new Discard();
        }

        /**
         * @param bound the exclusive upper bound, positive
         * @return an int in [0, bound)
         */
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        /**
         * @param from the lowest value
         * @param to the highest value, included
         * @return an int in [from, to]
         */
        public int between(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        /**
         * @param probability the probability of true
         * @return a boolean
         */
        public boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        /**
         * @return a long
         */
        public long nextLong() {
            return random.nextLong();
        }

        /**
         * @param values the values, not empty
         * @param <T> the type
         * @return one of them
         */
        @SafeVarargs
        public final <T> T oneOf(T... values) {
            return values[random.nextInt(values.length)];
        }

        /**
         * @param values the values, not empty
         * @param <T> the type
         * @return one of them
         */
        public <T> T oneOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        /**
         * @param values the values, maybe empty
         * @param probability the probability of keeping each
         * @param <T> the type
         * @return a sub-list, in order
         */
        public <T> List<T> subset(List<T> values, double probability) {
            List<T> out = new ArrayList<>();
            for (T v : values) {
                if (chance(probability)) {
                    out.add(v);
                }
            }
            return out;
        }

        /**
         * @param values the values, maybe empty
         * @param <T> the type
         * @return a non-empty sub-list when values is not empty
         */
        public <T> List<T> nonEmptySubset(List<T> values) {
            List<T> out = subset(values, 0.5);
            if (out.isEmpty() && !values.isEmpty()) {
                out.add(oneOf(values));
            }
            return out;
        }
    }
}
