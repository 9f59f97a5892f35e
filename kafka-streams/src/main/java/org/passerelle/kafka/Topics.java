package org.passerelle.kafka;

import java.util.List;
import java.util.Objects;

/**
 * The names of the topics that a {@link PasserelleTopology} reads and writes.
 *
 * <p>Every record on them has a string key and a JSON value in the formats of
 * {@code org.passerelle.json}. This type is immutable and thread-safe.
 *
 * @param declarations input: one declaration per record, as {@code PolicyWriter.writeDeclaration} writes it
 * @param assessments output: every assessment, the examiner's view ({@code AssessmentJson}), keyed by
 *        declaration reference
 * @param selected output: the assessments whose lane is not green, keyed by declaration reference
 * @param inspections input: one inspection result per record, as {@code PolicyWriter.writeInspectionResult}
 *        writes it
 * @param deadLetters output: every record that could not be used, with the problem (see {@link DeadLetter})
 */
public record Topics(String declarations, String assessments, String selected, String inspections,
        String deadLetters) {
    /**
     * Validates the names: not blank, all different.
     */
    public Topics {
        check(List.of(Objects.requireNonNull(declarations, "declarations"),
                Objects.requireNonNull(assessments, "assessments"), Objects.requireNonNull(selected, "selected"),
                Objects.requireNonNull(inspections, "inspections"), Objects.requireNonNull(deadLetters, "deadLetters")));
    }

    /** Checks topic names: not blank, no spaces around, all different. */
    static void check(List<String> names) {
        for (String n : names) {
            if (n.isBlank() || !n.equals(n.strip())) {
                throw new IllegalArgumentException("topic name \"" + n + "\" must not be blank nor have spaces around it");
            }
            if (names.indexOf(n) != names.lastIndexOf(n)) {
                throw new IllegalArgumentException("topic name \"" + n + "\" is given for two topics");
            }
        }
    }

    /**
     * Obtains the default names, each with a prefix: {@code prefix + "declarations"},
     * {@code "assessments"}, {@code "selected"}, {@code "inspections"} and {@code "dead-letters"}.
     *
     * @param prefix the prefix, such as {@code "customs."}; may be empty, not null
     * @return the names, not null
     */
    public static Topics withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new Topics(prefix + "declarations", prefix + "assessments", prefix + "selected",
                prefix + "inspections", prefix + "dead-letters");
    }

    /**
     * Returns the input topics, which the application's producers write.
     *
     * @return the names, not null
     */
    public List<String> inputs() {
        return List.of(declarations, inspections);
    }

    /**
     * Returns the output topics, which the topology writes.
     *
     * @return the names, not null
     */
    public List<String> outputs() {
        return List.of(assessments, selected, deadLetters);
    }
}
