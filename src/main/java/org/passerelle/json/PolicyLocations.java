package org.passerelle.json;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.model.PasserelleIOException;

/**
 * Where each element of a policy directory is written: the file and line of every element with an
 * {@code id} in every section, so that a tool can point at the element a finding is about.
 *
 * <p>Read the directory with {@link PolicyReader} first: this class reports no error and leaves out
 * what it cannot parse. Immutable and thread-safe.
 */
public final class PolicyLocations {
    private final Map<String, String> where;

    private PolicyLocations(Map<String, String> where) {
        this.where = Map.copyOf(where);
    }

    /**
     * Locates the elements of every {@code *.json} file of a directory.
     *
     * @param directory the policy directory, not null
     * @return the locations, not null
     * @throws PasserelleIOException if the directory cannot be listed or a file read
     */
    public static PolicyLocations of(Path directory) {
        JsonText json = new JsonText(ReadLimits.DEFAULTS);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(directory, "*.json")) {
            s.forEach(files::add);
        } catch (IOException e) {
            throw new PasserelleIOException("cannot list " + directory, e);
        }
        files.sort(null);
        Map<String, String> where = new HashMap<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new PasserelleIOException("cannot read " + file, e);
            }
            Node root = json.parse(text, file.toString(), new Problems());
            if (!(root instanceof Node.Obj obj)) {
                continue;
            }
            for (Node.Member section : obj.members().values()) {
                if (!(section.value() instanceof Node.Arr arr)) {
                    continue;
                }
                for (Node element : arr.elements()) {
                    if (element instanceof Node.Obj e && e.members().get("id") != null
                            && e.members().get("id").value() instanceof Node.Str id) {
                        where.putIfAbsent(section.name() + "/" + id.value(), file + ":" + element.loc().line());
                    }
                }
            }
        }
        return new PolicyLocations(where);
    }

    /**
     * Returns where an element is written, as {@code file:line}.
     *
     * @param section the section, such as {@code agreements}, not null
     * @param id the element's id, not null
     * @return the location, or empty when no file of the directory holds it
     */
    public Optional<String> locate(String section, String id) {
        return Optional.ofNullable(where.get(section + "/" + id));
    }
}
