package org.passerelle.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Durations, periods and quantities in the words an analyst reads, for explanations: "5 years",
 * "7 days", "1 day and 12 hours", "180 kg". The one formatter that every explanation uses; the JSON
 * documents keep the ISO and UN/ECE codes ({@code P5Y}, {@code PT8H}, {@code KGM}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InWords {
    /** UN/ECE Recommendation 20 codes and their words: symbol after the amount, or singular and plural. */
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("KGM", new String[] {"kg", "kg"}),
            Map.entry("GRM", new String[] {"g", "g"}),
            Map.entry("TNE", new String[] {"t", "t"}),
            Map.entry("LTR", new String[] {"l", "l"}),
            Map.entry("MTQ", new String[] {"m³", "m³"}),
            Map.entry("MTK", new String[] {"m²", "m²"}),
            Map.entry("MTR", new String[] {"m", "m"}),
            Map.entry("PCE", new String[] {"piece", "pieces"}),
            Map.entry("NAR", new String[] {"item", "items"}),
            Map.entry("H87", new String[] {"piece", "pieces"}),
            Map.entry("C62", new String[] {"unit", "units"}),
            Map.entry("MIL", new String[] {"thousand items", "thousand items"}),
            Map.entry("PR", new String[] {"pair", "pairs"}),
            Map.entry("LPA", new String[] {"l of pure alcohol", "l of pure alcohol"}));

    private InWords() {
    }

    /**
     * Returns a period in words, largest unit first: {@code P5Y} is "5 years", {@code P1Y6M} is
     * "1 year and 6 months", {@code P0D} is "0 days".
     *
     * @param period the period, not null
     * @return the words, not null
     */
    public static String period(Period period) {
        Checks.notNull("period", period);
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : join(parts);
    }

    /**
     * Returns a duration in words, in whole days, hours, minutes and seconds: {@code PT168H} is
     * "7 days", {@code PT8H} is "8 hours", {@code PT36H} is "1 day and 12 hours".
     *
     * @param duration the duration, not null
     * @return the words, not null
     */
    public static String duration(Duration duration) {
        Checks.notNull("duration", duration);
        List<String> parts = new ArrayList<>();
        if (duration.isNegative()) {
            return "minus " + duration(duration.negated());
        }
        add(parts, duration.toDaysPart(), "day");
        add(parts, duration.toHoursPart(), "hour");
        add(parts, duration.toMinutesPart(), "minute");
        add(parts, duration.toSecondsPart(), "second");
        return parts.isEmpty() ? "0 seconds" : join(parts);
    }

    /**
     * Returns a quantity in words: the amount, then the unit's symbol or name, such as "180 kg",
     * "1 piece" or "1200 pieces"; a unit code without a known name is kept as it is ("40 XYZ").
     *
     * @param quantity the quantity, not null
     * @return the words, not null
     */
    public static String quantity(Quantity quantity) {
        Checks.notNull("quantity", quantity);
        String[] names = UNITS.get(quantity.unit());
        String amount = quantity.amount().stripTrailingZeros().toPlainString();
        if (names == null) {
            return amount + " " + quantity.unit();
        }
        return amount + " " + (quantity.amount().compareTo(BigDecimal.ONE) == 0 ? names[0] : names[1]);
    }

    private static void add(List<String> parts, long n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
