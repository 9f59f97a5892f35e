package org.passerelle.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.passerelle.model.Problem.Code;

/**
 * Reads the {@code *.json} files of a directory as one consistent snapshot, or reports why it cannot:
 * the one mechanism behind atomic reloads.
 *
 * <p>Two ways make a directory that is being replaced safe to read, and a deployment may use either:
 * <ol>
 *   <li><b>A symbolic link swap.</b> The directory given may be a symbolic link to a release
 *       directory; it is resolved once, before anything is listed, and every file is read from that
 *       release. A deployment writes a new release directory and renames a new link over the old one
 *       (an atomic rename), never rewriting a release in place.</li>
 *   <li><b>A manifest.</b> When the directory holds {@value PolicyManifest#FILE_NAME}, it must list
 *       every {@code *.json} file of the directory with its SHA-256, and nothing else; each file's
 *       bytes, as read, must match. A deployment rewrites the files, then replaces the manifest
 *       (written aside and renamed over the old one); while it works, the files do not match the
 *       manifest in force, so a read fails whole and a reload keeps the previous policy. Once the
 *       manifest is replaced, the next read sees the new version whole.</li>
 * </ol>
 * Every file is read before any is parsed, and the hashes are those of the very bytes parsed.
 * Without either, a directory rewritten while it is read can be read half old, half new.
 */
final class DirectorySnapshot {
    private DirectorySnapshot() {
    }

    /**
     * Reads every {@code *.json} file of a directory, sorted by name, not recursing.
     *
     * @param directory the directory or a symbolic link to it, not null
     * @param label the kind of file expected, for messages, such as {@code policy}
     * @param document receives each file's name and text, in name order, one at a time (the text of
     *        one file is decoded only when the previous one was handled, and its bytes released), and
     *        only once every file was read and checked against the manifest; a file that is not
     *        UTF-8 is a problem found while handing on, so the caller, which throws every problem,
     *        never returns a part of a directory
     */
    static void read(Path directory, String label, ReadLimits limits, Problems problems,
            BiConsumer<String, String> document) {
        String dirName = directory.toString();
        Path dir;
        try {
            dir = directory.toRealPath();
        } catch (IOException | RuntimeException e) {
            problems.addFile(Code.UNREADABLE, dirName, Files.exists(directory, LinkOption.NOFOLLOW_LINKS)
                    ? "cannot be resolved: " + e.getMessage() : "does not exist");
            return;
        }
        int before = problems.count();
        List<Path> files = JsonFiles.list(dir, label, limits, problems);
        if (files.isEmpty()) {
            return;
        }
        Map<String, String> manifest = manifest(dir, limits, problems);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            byte[] b = JsonFiles.readBytes(p, name, limits, problems);
            if (b != null) {
                bytes.put(name, b);
            }
        }
        if (manifest != null) {
            List<String> names = new ArrayList<>(files.size());
            for (Path p : files) {
                names.add(p.getFileName().toString());
            }
            check(manifest, names, bytes, problems);
        }
        if (problems.count() > before) {
            return;
        }
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            String text = JsonFiles.decode(e.getValue(), e.getKey(), problems);
            e.setValue(null);
            if (text != null) {
                document.accept(e.getKey(), text);
            }
        }
    }

    /** Reads the manifest of a directory: file name to SHA-256; null when there is none or it is bad. */
    private static Map<String, String> manifest(Path dir, ReadLimits limits, Problems problems) {
        Path file = dir.resolve(PolicyManifest.FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String text = JsonFiles.readText(file, PolicyManifest.FILE_NAME, limits, problems);
        return text == null ? null : PolicyManifest.parse(text, problems);
    }

    private static void check(Map<String, String> manifest, List<String> names, Map<String, byte[]> bytes,
            Problems problems) {
        TreeSet<String> listed = new TreeSet<>(manifest.keySet());
        listed.removeAll(names);
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            String expected = manifest.get(e.getKey());
            if (expected == null) {
                problems.addFile(Code.CONFLICT, e.getKey(), "is not listed in " + PolicyManifest.FILE_NAME
                        + " (a deployment in progress, or a file the manifest does not cover)");
                continue;
            }
            String actual = PolicyManifest.sha256(e.getValue());
            if (!actual.equals(expected)) {
                problems.addFile(Code.CONFLICT, e.getKey(), "does not match " + PolicyManifest.FILE_NAME + ": its SHA-256 is "
                        + actual + ", the manifest says " + expected + " (a deployment in progress?)");
            }
        }
        for (String missing : listed) {
            problems.addFile(Code.CONFLICT, missing, "is listed in " + PolicyManifest.FILE_NAME + " but absent from the directory");
        }
    }
}
