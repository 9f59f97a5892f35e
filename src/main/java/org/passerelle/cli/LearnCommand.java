package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.json.InspectionLines;
import org.passerelle.json.PolicyWriter;
import org.passerelle.json.ReadLimits;
import org.passerelle.risk.learn.Inspection;
import org.passerelle.risk.learn.LearnedPolicy;
import org.passerelle.risk.learn.Learner;
import org.passerelle.risk.learn.Metrics;

/** {@code passerelle learn}: learns a risk policy (one additive scorecard) from inspection history. */
final class LearnCommand implements Command {

    @Override
    public String name() {
        return "learn";
    }

    @Override
    public String summary() {
        return "learn an explainable risk scorecard from inspection history";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle learn --history FILE --validation FILE --out POLICY_DIR
                                        [--red-share SHARE] [--yellow-share SHARE]

                Learns a risk policy from inspection history (JSON Lines, one inspected declaration
                with its result per line; see docs/targeting.md): one additive scorecard of named
                indicators whose reasons quote their evidence, with settings and score bands chosen on
                the validation history. Writes the policy's risk sections into POLICY_DIR and prints
                precision and recall on the validation history.

                Options:
                  --history FILE         the history to learn from (required)
                  --validation FILE      the history to choose settings and bands on (required)
                  --out POLICY_DIR       where to write the policy (required)
                  --red-share SHARE      the share of validation declarations sent Red; default 0.05
                  --yellow-share SHARE   the share sent Yellow or Red; default 0.25

                Exit status: 0 learned, 2 bad arguments, 3 invalid history or nothing to learn.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of("--history", "--validation", "--out", "--red-share", "--yellow-share"),
                Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        a.positional();
        Path history = Path.of(a.required("--history", "FILE"));
        Path validation = Path.of(a.required("--validation", "FILE"));
        Path dir = Path.of(a.required("--out", "POLICY_DIR"));
        double red = share(a.value("--red-share"), 0.05, "--red-share");
        double yellow = share(a.value("--yellow-share"), 0.25, "--yellow-share");
        if (red > yellow) {
            throw new UsageException("--red-share " + red + " must not exceed --yellow-share " + yellow);
        }
        InspectionLines reader = InspectionLines.create(ReadLimits.DEFAULTS);
        List<Inspection> train = reader.read(history);
        List<Inspection> valid = reader.read(validation);
        LearnedPolicy learned;
        try {
            learned = Learner.builder().shares(red, yellow).build().learn(train, valid);
        } catch (org.passerelle.model.InvalidInputException e) {
            err.println("passerelle learn: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        PolicyWriter.writeRiskDirectory(learned.policy(), dir);
        out.printf(Locale.ROOT, "learned %d indicators from %d candidates on %d inspections; written to %s%n",
                learned.policy().indicators().size(), learned.candidates(), train.size(), dir);
        for (Metrics.Point p : learned.validation()) {
            out.printf(Locale.ROOT, "validation at %.0f%%: precision %.1f%%, recall %.1f%%%n", p.share() * 100,
                    p.precision() * 100, p.recall() * 100);
        }
        return ExitCode.OK;
    }

    private static double share(String text, double absent, String option) throws UsageException {
        if (text == null) {
            return absent;
        }
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a share above 0 and at most 1 (got \"" + text + "\")");
    }
}
