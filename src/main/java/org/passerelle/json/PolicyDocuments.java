package org.passerelle.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Problem.Code;

/**
 * The core of policy reading: turns a set of JSON documents into bound sections, collecting every
 * problem of every document.
 *
 * <p>Map of the internals: {@link JsonText} parses each document (under {@link ReadLimits}) into a
 * location-aware {@link Node} tree; this class checks the top level (an object whose members are
 * sections holding arrays) and hands each section to the {@link SectionBinder} that owns it;
 * binders read elements with {@link Fields}, which reports problems into one {@link Problems};
 * the caller then asks its binders to assemble the result ({@link SharingSections} builds the
 * {@code SharingPolicy} and maps its consistency problems back to file, path and line;
 * {@link RiskSections} builds the {@code RiskPolicy}) and throws all problems together. A directory
 * may hold sections of both kinds. Not thread-safe: one instance per read.
 */
final class PolicyDocuments {
    private final JsonText json;
    private final Problems problems;
    private final Map<String, SectionBinder> owners = new LinkedHashMap<>();
    private boolean incomplete;

    PolicyDocuments(JsonText json, Problems problems, List<SectionBinder> binders) {
        this.json = json;
        this.problems = problems;
        for (SectionBinder b : binders) {
            for (String s : b.sections()) {
                if (owners.putIfAbsent(s, b) != null) {
                    throw new IllegalArgumentException("section " + s + " has two binders");
                }
            }
        }
    }

    /** Reads every {@code *.json} file of a directory, sorted by name, not recursing. */
    void readDirectory(Path dir) {
        String dirName = dir.toString();
        if (!Files.isDirectory(dir)) {
            problems.addFile(Code.UNREADABLE, dirName, Files.exists(dir) ? "is not a directory" : "does not exist");
            incomplete = true;
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.addFile(Code.UNREADABLE, dirName, "cannot be listed: " + e.getMessage());
            return;
        }
        if (files.isEmpty()) {
            problems.addFile(Code.MISSING, dirName, "holds no *.json policy file");
            return;
        }
        if (files.size() > json.limits().maxFiles()) {
            problems.addFile(Code.LIMIT_EXCEEDED, dirName, "holds " + files.size() + " *.json files, more than the limit of "
                    + json.limits().maxFiles());
            return;
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : files) {
            String name = p.getFileName().toString();
            String text = readFile(p, name, json.limits(), problems);
            if (text != null) {
                readDocument(text, name);
            } else {
                incomplete = true;
            }
        }
    }

    /**
     * Tells whether a document could not be read or parsed, so that the sections read are not the
     * whole policy: references between sections are then not worth checking.
     */
    boolean incomplete() {
        return incomplete;
    }

    /** Reads one document. */
    void readDocument(String text, String source) {
        Node root = json.parse(text, source, problems);
        if (root == null) {
            incomplete = true;
            return;
        }
        if (!(root instanceof Node.Obj)) {
            incomplete = true;
            problems.add(Code.WRONG_TYPE, root.loc(), "a policy document must be a JSON object whose members are sections such as "
                    + "\"agencies\" (got " + root.describe() + ")");
            return;
        }
        for (Node.Member m : ((Node.Obj) root).members().values()) {
            SectionBinder owner = owners.get(m.name());
            if (owner == null) {
                problems.add(Code.UNKNOWN_FIELD, m.nameLoc(), "unknown section \"" + m.name() + "\"; expected one of "
                        + String.join(", ", owners.keySet()));
                continue;
            }
            if (!(m.value() instanceof Node.Arr)) {
                problems.add(Code.WRONG_TYPE, m.value().loc(), "a section must be an array (got " + m.value().describe() + ")");
                continue;
            }
            owner.bind(m.name(), (Node.Arr) m.value(), problems);
        }
    }

    /**
     * Reads a file as strict UTF-8, within the document size limit.
     *
     * @return the text, or null after reporting a problem
     */
    static String readFile(Path p, String name, ReadLimits limits, Problems problems) {
        try {
            long size = Files.size(p);
            if (size > limits.maxDocumentLength()) {
                problems.addFile(Code.LIMIT_EXCEEDED, name, "document is " + size + " bytes long, more than the limit of "
                        + limits.maxDocumentLength());
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.addFile(Code.MALFORMED, name, "is not valid UTF-8");
            return null;
        } catch (NoSuchFileException e) {
            problems.addFile(Code.UNREADABLE, name, "does not exist");
            return null;
        } catch (AccessDeniedException e) {
            problems.addFile(Code.UNREADABLE, name, "cannot be read: permission denied");
            return null;
        } catch (IOException e) {
            problems.addFile(Code.UNREADABLE, name, "cannot be read: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return null;
        }
    }
}
