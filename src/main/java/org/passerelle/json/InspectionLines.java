package org.passerelle.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.model.Problem.Code;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.learn.Inspection;

/**
 * Reads inspection history as JSON Lines: one object per line, {@code {"declaration": {...},
 * "result": {"inspectedOn": "2024-05-02", "finding": true, "revenueRecovered": {"amount": "1520.00",
 * "currency": "EUR"}}, "random": false}}, the declaration in the layout of {@code docs/risk.md}.
 *
 * <p>{@code finding} and {@code random} default to false and {@code revenueRecovered} is optional;
 * the result is about the declaration of its line. Blank lines are skipped. Every problem of every
 * line (unknown or missing fields, bad values, a declaration reference seen twice, a breach of the
 * {@link ReadLimits}) is collected with its line and thrown together: the whole history or nothing.
 * Instances are immutable and thread-safe.
 */
public final class InspectionLines {
    private static final String[] LINE = {"declaration", "result", "random"};
    private static final String[] RESULT = {"inspectedOn", "finding", "revenueRecovered"};

    private final JsonText json;

    private InspectionLines(ReadLimits limits) {
        this.json = new JsonText(limits);
    }

    /**
     * Returns a reader with the given limits.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public static InspectionLines create(ReadLimits limits) {
        if (limits == null) {
            throw new NullPointerException("limits");
        }
        return new InspectionLines(limits);
    }

    /**
     * Reads a history file.
     *
     * @param file the file, not null
     * @return the inspections, in order, not null
     * @throws InvalidInputException listing every problem
     */
    public List<Inspection> read(Path file) {
        Problems problems = new Problems();
        String name = String.valueOf(file.getFileName());
        String text = JsonFiles.readText(file, name, json.limits(), problems);
        List<Inspection> out = text == null ? List.of() : read(text, name, problems);
        problems.throwIfAny();
        return out;
    }

    /**
     * Reads history from JSON Lines text.
     *
     * @param text the text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the inspections, in order, not null
     * @throws InvalidInputException listing every problem
     */
    public List<Inspection> read(String text, String sourceName) {
        Problems problems = new Problems();
        List<Inspection> out = read(text, sourceName, problems);
        problems.throwIfAny();
        return out;
    }

    private List<Inspection> read(String text, String source, Problems problems) {
        List<Inspection> out = new ArrayList<>();
        Map<String, Node.Loc> seen = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Node root = json.parse(lines[i], source, i + 1, problems);
            if (root == null) {
                continue;
            }
            Fields f = Fields.of(root, problems, LINE);
            Node declarationNode = f.requiredNode("declaration");
            Declaration d = declarationNode == null ? null : RiskReaders.declaration(declarationNode, problems);
            Fields r = f.requiredObject("result", RESULT);
            LocalDate on = r == null ? null : r.requiredDate("inspectedOn");
            boolean finding = r != null && r.flag("finding");
            Money revenue = r == null ? null : RiskReaders.money(r.object("revenueRecovered", RiskReaders.MONEY));
            boolean random = f.flag("random");
            Inspection inspection = f.build(() -> d == null || r == null || on == null ? null
                    : new Inspection(d, new InspectionResult(d.reference(), on, finding, null, revenue), random));
            if (inspection == null) {
                continue;
            }
            Node.Loc first = seen.putIfAbsent(d.reference(), root.loc());
            if (first != null) {
                problems.add(Code.DUPLICATE, root.loc(), "declaration \"" + d.reference() + "\" is inspected twice (first at "
                        + first.file() + ":" + first.line() + ")");
            } else {
                out.add(inspection);
            }
        }
        return out;
    }
}
