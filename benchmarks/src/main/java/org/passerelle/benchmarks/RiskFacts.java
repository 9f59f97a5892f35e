package org.passerelle.benchmarks;

/**
 * The facts of the Drools risk translation: a declaration flattened into its goods items, parties,
 * payments, containers, routing ports and countries, and documents, as JavaBeans. Derived values
 * the rules compare (a prefix of the commodity code, a value per kg, the reference per kg for the
 * item's HS6 and origin, the days since a trader was first seen) are computed once in
 * {@link DroolsRisk#facts}; the comparisons themselves (the range conditions) are in the rules.
 */
public final class RiskFacts {
    private RiskFacts() {
    }

    /** Collects the numbers of the indicators whose rule fired, per thread; the DRL global {@code hits}. */
    public static final class Hits {
        private final ThreadLocal<int[]> buffer = ThreadLocal.withInitial(() -> new int[17]);

        /** Starts a new declaration: clears this thread's hits. */
        int[] reset() {
            int[] b = buffer.get();
            b[0] = 0;
            return b;
        }

        /** Returns this thread's hits: the count in element 0, then the numbers. */
        int[] current() {
            return buffer.get();
        }

        /** Records that indicator {@code k} fired (idempotent). */
        public void fire(int k) {
            int[] b = buffer.get();
            int n = b[0];
            for (int i = 1; i <= n; i++) {
                if (b[i] == k) {
                    return;
                }
            }
            if (n + 1 == b.length) {
                b = java.util.Arrays.copyOf(b, b.length * 2);
                buffer.set(b);
            }
            b[n + 1] = k;
            b[0] = n + 1;
        }
    }

    /** A goods item. */
    public static final class Item {
        private final int sequence;
        private final String code;
        private final String hs2;
        private final String hs4;
        private final String hs6;
        private final String origin;
        private final String description;
        private final double valuePerKg;
        private final double referencePerKg;
        private final boolean lacksValuationData;

        Item(int sequence, String code, String origin, String description, double valuePerKg, double referencePerKg,
                boolean lacksValuationData) {
            this.lacksValuationData = lacksValuationData;
            this.sequence = sequence;
            this.code = code;
            this.hs2 = code.length() >= 2 ? code.substring(0, 2) : null;
            this.hs4 = code.length() >= 4 ? code.substring(0, 4) : null;
            this.hs6 = code.length() >= 6 ? code.substring(0, 6) : null;
            this.origin = origin;
            this.description = description;
            this.valuePerKg = valuePerKg;
            this.referencePerKg = referencePerKg;
        }

        public int getSequence() {
            return sequence;
        }

        public String getCode() {
            return code;
        }

        public String getHs2() {
            return hs2;
        }

        public String getHs4() {
            return hs4;
        }

        public String getHs6() {
            return hs6;
        }

        public String getOrigin() {
            return origin;
        }

        public String getDescription() {
            return description;
        }

        /** The declared value per kg (net mass, else gross), positive infinity without a value or a mass. */
        public double getValuePerKg() {
            return valuePerKg;
        }

        /**
         * The reference value per kg for the item's HS6 and origin in the item's currency, 0 if none
         * (never NaN: Drools compares doubles as {@code Double.compare} does, NaN above everything).
         */
        public double getReferencePerKg() {
            return referencePerKg;
        }

        /** Whether the item lacks what undervaluation needs: a 6-digit code, an origin, a value, a mass (RR-10, RR-11). */
        public boolean isLacksValuationData() {
            return lacksValuationData;
        }

        /** Whether the code is truncated (fewer than 6 digits) and the prefix extends it: with the missing digits it could fall under it. */
        public boolean truncatedUnder(String prefix) {
            return code.length() < 6 && prefix.startsWith(code);
        }

        /** Whether the description contains the lower-case term as whole words, ignoring case. */
        public boolean hasWord(String term) {
            int n = term.length();
            for (int i = 0; i + n <= description.length(); i++) {
                if (description.regionMatches(true, i, term, 0, n)
                        && (i == 0 || !Character.isLetterOrDigit(description.charAt(i - 1)))
                        && (i + n == description.length() || !Character.isLetterOrDigit(description.charAt(i + n)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A party, with its trader's age and its AEO authorisation as epoch days, and the day of assessment. */
    public static final class PartyFact {
        private final String role;
        private final String id;
        private final long ageDays;
        private final String aeoType;
        private final long aeoFrom;
        private final long aeoTo;
        private final long day;

        PartyFact(String role, String id, long ageDays, String aeoType, long aeoFrom, long aeoTo, long day) {
            this.role = role;
            this.id = id;
            this.ageDays = ageDays;
            this.aeoType = aeoType;
            this.aeoFrom = aeoFrom;
            this.aeoTo = aeoTo;
            this.day = day;
        }

        public String getRole() {
            return role;
        }

        /** The trader as {@code SCHEME:value}. */
        public String getId() {
            return id;
        }

        /** Days since the trader was first seen; {@code Long.MIN_VALUE} for an unknown trader. */
        public long getAgeDays() {
            return ageDays;
        }

        public String getAeoType() {
            return aeoType;
        }

        public long getAeoFrom() {
            return aeoFrom;
        }

        public long getAeoTo() {
            return aeoTo;
        }

        public long getDay() {
            return day;
        }
    }

    /** A payment. */
    public static final class PaymentFact {
        private final String subject;
        private final String method;
        private final String payer;

        PaymentFact(String subject, String method, String payer) {
            this.subject = subject;
            this.method = method;
            this.payer = payer;
        }

        public String getSubject() {
            return subject;
        }

        public String getMethod() {
            return method;
        }

        /** The payer as {@code SCHEME:value}, or null. */
        public String getPayer() {
            return payer;
        }
    }

    /** A container. */
    public static final class ContainerFact {
        private final int seals;

        ContainerFact(int seals) {
            this.seals = seals;
        }

        public int getSeals() {
            return seals;
        }
    }

    /** A routing port. */
    public static final class Port {
        private final String code;

        Port(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }

    /** A country the route passes: a country of routing, or the country of a routing port. */
    public static final class Route {
        private final String country;

        Route(String country) {
            this.country = country;
        }

        public String getCountry() {
            return country;
        }
    }

    /** A supporting document covering one goods item, or all of them ({@code item} 0). */
    public static final class DocumentFact {
        private final String type;
        private final int item;

        DocumentFact(String type, int item) {
            this.type = type;
            this.item = item;
        }

        public String getType() {
            return type;
        }

        public int getItem() {
            return item;
        }
    }

    /** The declaration itself, as an anchor for negations in a reused stateful session. */
    public static final class Shipment {
    }
}
