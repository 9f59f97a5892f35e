package org.passerelle.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.PasserelleIOException;
import org.passerelle.model.Problem.Code;

/**
 * The manifest of a policy directory, {@value #FILE_NAME}: the SHA-256 of every {@code *.json} file
 * of the directory, so that a directory rewritten while it is read is never read half old, half new.
 *
 * <p>The format is that of {@code sha256sum}: one line per file, 64 lower-case hexadecimal digits, two
 * spaces (or a space and {@code *}) and the file name, such as
 * {@code 9f86d0...0f00a08  agreements.json}. When a directory holds a manifest, every read of it
 * ({@link PolicyReader#readPolicy(Path)} and the methods built on it, hence every reload of
 * {@code ReloadingSharingEngine.fromDirectory}) requires the directory's {@code *.json} files to be
 * exactly those listed, each with the bytes hashed; otherwise the read fails whole, naming each file
 * that differs, and a reload keeps the policy in force.
 *
 * <p>To deploy a new version: write the new files (in place is fine), then write the new manifest
 * with {@link #write(Path)}, which writes it aside and renames it over the old one. From the shell:
 * {@code sha256sum *.json > .policy.sha256.tmp && mv .policy.sha256.tmp policy.sha256}. A file
 * removed must also leave the manifest. This class is stateless and thread-safe.
 */
public final class PolicyManifest {
    /** The name of the manifest file in a policy directory. */
    public static final String FILE_NAME = "policy.sha256";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *]([^/\\\\]+\\.json)");

    private PolicyManifest() {
    }

    /**
     * Writes the manifest of a directory's current {@code *.json} files, replacing any previous one
     * atomically (a temporary file in the same directory renamed over it).
     *
     * @param directory the policy directory, not null
     * @return the manifest written, file name to SHA-256, in name order, not null
     * @throws InvalidInputException if the directory cannot be listed or read within the default
     *         limits (such as an entry that is not a regular file)
     * @throws PasserelleIOException if the manifest cannot be written
     */
    public static Map<String, String> write(Path directory) {
        Problems problems = new Problems(ReadLimits.DEFAULTS);
        Map<String, String> hashes = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Path p : JsonFiles.list(directory, "policy", ReadLimits.DEFAULTS, problems)) {
            String name = p.getFileName().toString();
            byte[] bytes = JsonFiles.readBytes(p, name, ReadLimits.DEFAULTS, problems);
            if (bytes != null) {
                String hash = sha256(bytes);
                hashes.put(name, hash);
                text.append(hash).append("  ").append(name).append('\n');
            }
        }
        problems.throwIfAny();
        Path tmp = directory.resolve("." + FILE_NAME + ".tmp");
        try {
            Files.write(tmp, text.toString().getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, directory.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, directory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PasserelleIOException("cannot write " + FILE_NAME + " in " + directory, e);
        }
        return hashes;
    }

    /** Parses a manifest; returns null after reporting a problem. */
    static Map<String, String> parse(String text, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        boolean ok = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            Node.Loc at = new Node.Loc(FILE_NAME, "$", i + 1, 1);
            if (!m.matches()) {
                problems.add(Code.INVALID_VALUE, at, "must be lines of a SHA-256 in lower-case hexadecimal, two spaces and a *.json "
                        + "file name (got " + Problems.quote(line) + ")");
                ok = false;
            } else if (out.putIfAbsent(m.group(2), m.group(1)) != null) {
                problems.add(Code.DUPLICATE, at, Problems.quote(m.group(2)) + " is listed more than once");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** Returns the SHA-256 of bytes, in lower-case hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
