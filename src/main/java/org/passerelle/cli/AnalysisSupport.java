package org.passerelle.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.analysis.Finding;
import org.passerelle.analysis.Flow;
import org.passerelle.analysis.PlainLanguage;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.json.PolicyLocations;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.SharingPolicy;

/**
 * What the analysis commands share: the period options, the intended use, and the printing of
 * flows and findings with their file and line.
 */
final class AnalysisSupport {
    /** The options of the period and the use, common to the analysis commands. */
    static final Set<String> PERIOD_OPTIONS = Set.of("--at", "--from", "--to", "--use");
    static final String PERIOD_HELP = """
              --at DAY                the one day analysed, yyyy-mm-dd (default: today, UTC)
              --from DAY --to DAY     a period instead, both days included
              --use USE               INTELLIGENCE (default), OPERATIONAL or EVIDENCE
            """;

    private AnalysisSupport() {
    }

    static Set<String> with(Set<String> options) {
        Set<String> all = new java.util.HashSet<>(options);
        all.addAll(PERIOD_OPTIONS);
        return all;
    }

    /** Builds the analysis of a policy over the period and use of the command line. */
    static PolicyAnalysis analysis(SharingPolicy policy, Args a) throws UsageException {
        LocalDate[] period = period(a);
        return PolicyAnalysis.builder(policy).from(period[0]).to(period[1]).intendedUse(use(a)).build();
    }

    static LocalDate[] period(Args a) throws UsageException {
        String at = a.value("--at");
        String from = a.value("--from");
        String to = a.value("--to");
        if (at != null && (from != null || to != null)) {
            throw new UsageException("give either --at or --from and --to, not both");
        }
        if ((from == null) != (to == null)) {
            throw new UsageException("--from and --to go together");
        }
        if (from != null) {
            LocalDate f = day("--from", from);
            LocalDate t = day("--to", to);
            if (t.isBefore(f)) {
                throw new UsageException("--to " + t + " is before --from " + f);
            }
            return new LocalDate[] {f, t};
        }
        LocalDate d = at == null ? LocalDate.now(Clock.systemUTC()) : day("--at", at);
        return new LocalDate[] {d, d};
    }

    static LocalDate day(String option, String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("option " + option + " must be a day, yyyy-mm-dd (got \"" + value + "\")");
        }
    }

    private static IntendedUse use(Args a) throws UsageException {
        String v = a.value("--use");
        if (v == null) {
            return IntendedUse.INTELLIGENCE;
        }
        try {
            return IntendedUse.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException("option --use must be INTELLIGENCE, OPERATIONAL or EVIDENCE (got \"" + v + "\")");
        }
    }

    static String conditions(List<Condition> conditions) {
        List<String> out = new ArrayList<>();
        for (Condition c : conditions) {
            out.add(PlainLanguage.condition(c));
        }
        return String.join("; ", out);
    }

    /** Prints flows as an aligned table. */
    static void printFlows(List<Flow> flows, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"HOLDER", "RECIPIENT", "CATEGORY", "PURPOSE", "OUTCOME", "AGREEMENT", "ITEMS",
            "CONDITIONS"});
        for (Flow f : flows) {
            rows.add(new String[] {f.holder().value(), f.recipient().value(), f.category().name(), f.purpose().value(),
                f.outcome().name(), f.agreement() == null ? "-" : f.agreement().value(),
                f.byLawOnly() ? "law only" : String.valueOf(f.items()), conditions(f.conditions())});
        }
        printTable(rows, out);
    }

    static void printTable(List<String[]> rows, PrintStream out) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns - 1; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                s.append(i < columns - 1 ? String.format(Locale.ROOT, "%-" + width[i] + "s  ", r[i]) : r[i]);
            }
            out.println(s.toString().stripTrailing());
        }
    }

    /** Prints findings, one a line: severity, code, file:line, message. */
    static void printFindings(List<Finding> findings, Path policyDir, PrintStream out) {
        PolicyLocations where = PolicyLocations.of(policyDir);
        for (Finding f : findings) {
            out.println(f.severity() + " " + f.code() + " " + where.locate(f.section(), f.element())
                    .orElse(policyDir + " " + f.section() + "/" + f.element()) + ": " + f.message());
        }
    }

    static Finding.Severity severity(String value) throws UsageException {
        try {
            return Finding.Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("option --fail-on must be warning, notice or info (got \"" + value + "\")");
        }
    }
}
