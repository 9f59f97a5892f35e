package org.passerelle.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.passerelle.model.Problem.Code;

/**
 * Every file the readers open goes through here: a directory is listed and read as one snapshot,
 * and a file is read within the limits, counting the bytes actually read.
 *
 * <p>The rules, one place for all readers:
 * <ul>
 *   <li>Only regular files are read. A {@code *.json} entry that is a dangling symbolic link, a
 *       directory, a FIFO, a device or a socket is a problem of the directory, never skipped, so a
 *       policy can never lose a file silently. The type is checked before the file is opened, so no
 *       reader blocks on a FIFO. A symbolic link to a regular file is read as that file.</li>
 *   <li>The document size limit ({@link ReadLimits#maxDocumentLength()}) counts the bytes read, not
 *       the size the file system claims ({@code Files.size} is 0 for a device); reading stops one byte
 *       past the limit.</li>
 *   <li>A directory holds at most {@link ReadLimits#maxFiles()} {@code *.json} files; listing stops
 *       one past the limit.</li>
 *   <li>The directory's path is resolved once ({@link Path#toRealPath}) before listing, so a
 *       directory that is a symbolic link swapped to a new release is read wholly from one release;
 *       a {@linkplain PolicyManifest manifest} in the directory makes every file checked against it
 *       ({@link DirectorySnapshot}).</li>
 *   <li>Text is strict UTF-8; a byte-order mark is left to {@link JsonText}.</li>
 * </ul>
 */
final class JsonFiles {
    private JsonFiles() {
    }

    /**
     * A document read from a file: its name (relative to its directory) and its bytes.
     *
     * @param name the name to quote in problems
     * @param bytes the bytes read
     */
    record Document(String name, byte[] bytes) {
    }

    /**
     * Lists the {@code *.json} files of a directory, sorted by name, not recursing; every entry that
     * is not a regular file is a problem.
     *
     * @param dir the directory, already resolved
     * @param label the kind of file expected, for messages, such as {@code policy}
     * @return the files, or an empty list after reporting a problem
     */
    static List<Path> list(Path dir, String label, ReadLimits limits, Problems problems) {
        String dirName = dir.toString();
        if (!Files.isDirectory(dir)) {
            problems.addFile(Code.UNREADABLE, dirName, "is not a directory");
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        int before = problems.count();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : stream) {
                if (files.size() == limits.maxFiles()) {
                    problems.addFile(Code.LIMIT_EXCEEDED, dirName, "holds more than " + limits.maxFiles()
                            + " *.json files, the limit (ReadLimits.maxFiles)");
                    return List.of();
                }
                if (regular(p, p.getFileName().toString(), problems)) {
                    files.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.addFile(Code.UNREADABLE, dirName, "cannot be listed: " + e.getMessage());
            return List.of();
        }
        if (problems.count() > before) {
            return List.of();
        }
        if (files.isEmpty()) {
            problems.addFile(Code.MISSING, dirName, "holds no *.json " + label + " file");
            return List.of();
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    /**
     * Checks, without opening it, that a path is a regular file (following symbolic links).
     *
     * @return whether it is; if not, a problem names what it is
     */
    static boolean regular(Path p, String name, Problems problems) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            boolean link = Files.isSymbolicLink(p);
            problems.addFile(Code.UNREADABLE, name, link ? "is a symbolic link to nothing (dangling); every *.json entry must be a "
                    + "regular file" : "does not exist");
            return false;
        } catch (IOException | RuntimeException e) {
            problems.addFile(Code.UNREADABLE, name, "cannot be read: " + e);
            return false;
        }
        if (a.isRegularFile()) {
            return true;
        }
        String what = a.isDirectory() ? "a directory" : "not a regular file (a FIFO, a device or a socket)";
        problems.addFile(Code.UNREADABLE, name, "is " + what + "; every *.json entry must be a regular file");
        return false;
    }

    /**
     * Reads a regular file, within the document size limit counted in bytes actually read.
     *
     * @return the bytes, or null after reporting a problem
     */
    static byte[] readBytes(Path p, String name, ReadLimits limits, Problems problems) {
        if (!regular(p, name, problems)) {
            return null;
        }
        long max = limits.maxDocumentLength();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = readAtMost(in, max);
            if (bytes == null) {
                problems.addFile(Code.LIMIT_EXCEEDED, name, "document is more than " + max + " bytes long, the limit "
                        + "(ReadLimits.maxDocumentLength)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            problems.addFile(Code.UNREADABLE, name, "does not exist");
            return null;
        } catch (AccessDeniedException e) {
            problems.addFile(Code.UNREADABLE, name, "cannot be read: permission denied");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.addFile(Code.UNREADABLE, name, "cannot be read: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return null;
        }
    }

    /**
     * Reads a stream to its end, or returns null as soon as it gives more than {@code max} bytes.
     * The buffer grows with what is read, never with what a file claims.
     */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        int cap = (int) Math.min(max + 1, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[Math.min(cap, 8192)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n == cap) {
                    return in.read() < 0 && n <= max ? buf : null;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) n * 2, cap));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
            if (n > max) {
                return null;
            }
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    /**
     * Decodes strict UTF-8: the bytes are checked through a small buffer, then turned into a string
     * once, so decoding a document costs its string and no more.
     *
     * @return the text, or null after reporting a problem
     */
    static String decode(byte[] bytes, String name, Problems problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = strict.decode(in, scratch, true);
            if (r.isUnderflow()) {
                r = strict.flush(scratch);
            }
            if (r.isError()) {
                problems.addFile(Code.MALFORMED, name, "is not valid UTF-8");
                return null;
            }
            if (r.isUnderflow()) {
                break;
            }
            scratch.clear();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Reads a regular file as strict UTF-8, within the document size limit.
     *
     * @return the text, or null after reporting a problem
     */
    static String readText(Path p, String name, ReadLimits limits, Problems problems) {
        byte[] bytes = readBytes(p, name, limits, problems);
        return bytes == null ? null : decode(bytes, name, problems);
    }
}
