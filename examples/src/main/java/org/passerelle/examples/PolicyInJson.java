package org.passerelle.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.InvalidInputException;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.Problem;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;

/**
 * Writing a sharing policy in JSON: what a policy author reads, and what they see when a file is
 * wrong.
 *
 * <ol>
 *   <li>The directory {@code examples/customs-police} is read: one file per section (agencies,
 *       purposes, agreements, items). The agreement is printed back in plain words.</li>
 *   <li>The policy is written in its canonical form and read back: the same policy, the same version.</li>
 *   <li>The directory {@code examples/broken-policy} holds eleven mistakes over four files. The reader
 *       reports all of them at once, each with its file, line, column, JSON path and what was
 *       expected, and loads nothing.</li>
 * </ol>
 */
public final class PolicyInJson {
    private PolicyInJson() {
    }

    /**
     * What the example read.
     *
     * @param policy the policy read from {@code examples/customs-police}
     * @param problems every problem of {@code examples/broken-policy}
     */
    record Result(SharingPolicy policy, List<Problem> problems) {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print what happens
     * @return the policy read and the problems found in the broken one
     */
    static Result run(PrintStream out) {
        PolicyReader reader = PolicyReader.create();

        out.println("== 1. A policy directory: examples/customs-police");
        Path directory = ExampleFiles.path("customs-police");
        for (Path file : jsonFiles(directory)) {
            out.println("  " + file.getFileName());
        }
        SharingPolicy policy = reader.readSharingPolicy(directory);
        out.println("Read " + policy.agencies().size() + " agencies " + policy.agencies().keySet() + ", "
                + policy.purposes().size() + " purposes, " + policy.agreements().size() + " agreement(s), "
                + policy.items().size() + " item(s).");
        for (SharingAgreement a : policy.agreements().values()) {
            out.println("Agreement " + a.id() + " (" + a.instrumentType() + ", " + a.legalBasis().instrument() + ")");
            out.println("  in force " + a.validFrom() + " to " + a.validTo() + ", status " + a.status());
            List<String> parties = new ArrayList<>();
            for (PartySpec p : a.parties()) {
                parties.add(p.agency() != null ? p.agency().value() : "every " + p.kinds() + " agency of " + p.countries());
            }
            out.println("  parties: " + String.join(", ", parties));
            out.println("  purposes: " + a.purposes());
            out.println("  categories: " + a.categories());
            out.println("  keep at most " + a.maxRetention() + "; onward transfer " + a.onwardTransfer()
                    + "; evidence use " + a.evidenceUse());
        }

        out.println();
        out.println("== 2. The canonical form: load -> save -> load gives the same policy");
        String canonical = PolicyWriter.write(policy);
        SharingPolicy again = reader.readSharingPolicy(canonical, "canonical.json");
        out.println("Canonical form: " + canonical.lines().count() + " lines; read back equal: "
                + again.equals(policy) + "; version " + again.version());

        out.println();
        out.println("== 3. A broken policy directory: examples/broken-policy");
        List<Problem> problems;
        try {
            reader.readSharingPolicy(ExampleFiles.path("broken-policy"));
            throw new IllegalStateException("the broken policy was accepted");
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        out.println(problems.size() + " problems, all reported at once, as file:line:column JSON-path: message;"
                + " nothing was loaded:");
        for (Problem p : problems) {
            out.println("  " + p);
        }
        Problem first = problems.get(0);
        out.println("Each problem is also data, for tools: file=" + first.file() + ", line=" + first.line()
                + ", column=" + first.column() + ", jsonPath=" + first.jsonPath() + ", message=" + first.message());
        return new Result(policy, problems);
    }

    private static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
