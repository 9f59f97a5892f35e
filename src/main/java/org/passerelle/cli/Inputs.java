package org.passerelle.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;

/**
 * The files a command reads, named as the user typed them: problems that the readers report against a
 * file of a directory ({@code agencies.json}) are printed against the path given on the command line
 * ({@code policies/ruritania/agencies.json}), so that a terminal or an editor can open them; {@code -}
 * stands for standard input.
 */
final class Inputs {
    /** The name that problems of standard input carry. */
    static final String STDIN = "<stdin>";

    private Inputs() {
    }

    /**
     * Reads a policy directory, its problems naming files as the user typed the directory.
     *
     * @param dir the directory as given on the command line
     * @return the policy, not null
     * @throws InvalidInputException if the policy is invalid, with its files as given
     */
    static Policy readPolicy(Path dir) {
        try {
            return PolicyReader.create().readPolicy(dir);
        } catch (InvalidInputException e) {
            throw asGiven(e, dir);
        }
    }

    /**
     * Returns the exception with each problem's file named as given: a file of the directory
     * {@code given} becomes {@code given/file}; the file {@code given} itself, named by its file name
     * alone, becomes {@code given}.
     *
     * @param e the exception of a read
     * @param given the path as typed on the command line
     * @return an exception with the same problems, in the same order, their files renamed
     */
    static InvalidInputException asGiven(InvalidInputException e, Path given) {
        return new InvalidInputException(asGiven(e.problems(), given));
    }

    /** Names the files of problems (or warnings) as {@link #asGiven(InvalidInputException, Path)} does. */
    static List<Problem> asGiven(List<Problem> problems, Path given) {
        String typed = given.toString();
        boolean directory = Files.isDirectory(given);
        String fileName = given.getFileName() == null ? typed : given.getFileName().toString();
        List<Problem> renamed = new ArrayList<>();
        for (Problem p : problems) {
            String file = p.file();
            if (directory && !file.equals(typed) && Files.exists(given.resolve(file))) {
                file = given.resolve(file).toString();
            } else if (!directory && file.equals(fileName)) {
                file = typed;
            }
            renamed.add(p.locatedAt(new Problem.Location(file, p.jsonPath(), p.line(), p.column())));
        }
        return renamed;
    }

    /**
     * Reads a file, or standard input for {@code -}, as UTF-8 text.
     *
     * @param given the path as typed, or {@code -}
     * @param stdin standard input
     * @return the text
     * @throws InvalidInputException when the file does not exist or cannot be read
     */
    static String text(String given, InputStream stdin) {
        try {
            if (given.equals("-")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stdin.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
            Path p = Path.of(given);
            if (!Files.exists(p)) {
                throw problem(Problem.Code.UNREADABLE, given, "does not exist");
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(Problem.Code.UNREADABLE, given.equals("-") ? STDIN : given, "cannot be read: " + e.getMessage());
        }
    }

    /** Returns the name under which the problems of an input are reported: its path, or {@link #STDIN}. */
    static String name(String given) {
        return given.equals("-") ? STDIN : given;
    }

    static InvalidInputException problem(Problem.Code code, String file, String message) {
        return new InvalidInputException(List.of(Problem.at(code, new Problem.Location(file, "$", 0, 0), message)));
    }

    /**
     * Returns the known name closest to an unknown one, for a "did you mean": the one at the smallest
     * edit distance (case ignored), if it is at most a third of the longer name's length, else null.
     */
    static String closest(String unknown, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(unknown.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance * 3 <= Math.max(unknown.length(), best.length()) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
