package org.passerelle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.model.Problem;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;

/**
 * {@code passerelle fmt [--check] POLICY_DIR}: rewrites a policy directory in the canonical form of
 * {@link PolicyWriter} (one file per section, fields in a fixed order), or with {@code --check} only
 * says which files are not canonical.
 */
final class FmtCommand implements Command {

    @Override
    public String name() {
        return "fmt";
    }

    @Override
    public String summary() {
        return "rewrite a policy directory in canonical form, or check that it is";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle fmt [--check] POLICY_DIR

                Reads the policy of POLICY_DIR (strictly, as validate does) and rewrites it in the
                canonical form: one file per section (agencies.json, agreements.json, ...), members in
                a fixed order, two-space indentation. A file whose sections move to the section files
                is removed. The canonical form is written aside and read back first: an invalid policy
                is reported and nothing is changed.

                Options:
                  --check   change nothing; list the files that are not canonical (would be rewritten,
                            created or removed) and fail if there is any

                Exit status: 0 canonical (or rewritten), 1 --check found files to rewrite,
                2 bad arguments, 3 invalid policy.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of(), Set.of("--check"));
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        Path dir = Path.of(a.positional("POLICY_DIR").get(0));
        Policy policy = Inputs.readPolicy(dir);
        try {
            SortedMap<String, String> canonical = canonical(policy);
            SortedMap<String, String> current = jsonFiles(dir);
            List<String> changes = new ArrayList<>();
            for (String name : new TreeSet<>(union(canonical.keySet(), current.keySet()))) {
                String now = current.get(name);
                String then = canonical.get(name);
                if (now == null) {
                    changes.add("create " + dir.resolve(name));
                } else if (then == null) {
                    changes.add("remove " + dir.resolve(name) + " (its sections go to the section files)");
                } else if (!now.equals(then)) {
                    changes.add("rewrite " + dir.resolve(name));
                }
            }
            if (changes.isEmpty()) {
                out.println(dir + ": canonical");
                return ExitCode.OK;
            }
            if (a.flag("--check")) {
                out.println(dir + ": not canonical; passerelle fmt would:");
                changes.forEach(c -> out.println("  " + c));
                return ExitCode.CHECK_FAILED;
            }
            for (String name : current.keySet()) {
                if (!canonical.containsKey(name)) {
                    Files.delete(dir.resolve(name));
                }
            }
            for (var e : canonical.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            changes.forEach(out::println);
            return ExitCode.OK;
        } catch (IOException e) {
            throw Inputs.problem(Problem.Code.UNREADABLE, dir.toString(), "cannot be rewritten: " + e.getMessage());
        }
    }

    /** Writes the canonical form aside, checks that it reads back as the same policy, and returns it by file name. */
    private static SortedMap<String, String> canonical(Policy policy) throws IOException {
        Path aside = Files.createTempDirectory("passerelle-fmt");
        try {
            if (!policy.sharing().agencies().isEmpty()) {
                PolicyWriter.writeDirectory(policy.sharing(), aside);
            }
            if (policy.hasRiskPart()) {
                PolicyWriter.writeRiskDirectory(policy.risk(), aside);
            }
            Policy back = PolicyReader.create().readPolicy(aside);
            if (!back.sharing().version().equals(policy.sharing().version())) {
                throw new IllegalStateException("the canonical form does not read back as the same sharing policy");
            }
            return jsonFiles(aside);
        } finally {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(aside)) {
                for (Path p : files) {
                    Files.delete(p);
                }
            }
            Files.delete(aside);
        }
    }

    private static SortedMap<String, String> jsonFiles(Path dir) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
