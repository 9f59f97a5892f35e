package org.passerelle.json;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem.Code;
import org.passerelle.model.Problem;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Reads policies, requests and declarations from JSON documents, strictly, reporting every error at once.
 *
 * <p>A directory is a policy: every {@code *.json} file in it (sorted by name, not recursing) is an
 * object whose members are sections, each an array: the sharing sections ({@code agencies},
 * {@code purposes}, {@code agreements}, {@code items}, {@code consents}, {@code objections},
 * {@code legalAreas}) and the risk sections ({@code indicators}, {@code profiles},
 * {@code referenceValues}, {@code watchLists}, {@code traders}, {@code riskSettings}). One directory
 * may hold both; {@link #readPolicy(Path)} returns both parts, {@link #readSharingPolicy(Path)} the
 * sharing part and {@link #readRiskPolicy(Path)} the risk part, each after checking the whole
 * directory; {@link #readPolicyFromClasspath(String)} reads a directory of the class path. Each method
 * is named after what it returns. Declarations are separate documents, {@code {"declarations": [...]}}
 * ({@link #readDeclarations(Path)}). Unknown fields, wrong types, unknown enum labels, bad dates, countries and ids, missing fields, duplicate
 * ids, dangling references, malformed JSON and breaches of the {@link ReadLimits} are all collected
 * and thrown together in one {@link InvalidInputException}, each with its file, JSON path, line
 * and column. Either the whole policy is returned or nothing is. The formats are described in
 * {@code docs/policy-format.md} and {@code docs/risk.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PolicyReader {
    private final JsonText json;

    private PolicyReader(ReadLimits limits) {
        this.json = new JsonText(limits);
    }

    /**
     * Returns a reader with the {@linkplain ReadLimits#DEFAULTS default limits}.
     *
     * @return the reader, not null
     */
    public static PolicyReader create() {
        return new PolicyReader(ReadLimits.DEFAULTS);
    }

    /**
     * Returns a reader with the given limits.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public static PolicyReader create(ReadLimits limits) {
        if (limits == null) {
            throw new NullPointerException("limits");
        }
        return new PolicyReader(limits);
    }

    /**
     * Reads both parts of the policy held by a directory: its sharing sections and its risk sections.
     *
     * @param directory the directory, not null
     * @return the complete, checked policy, not null; a part without sections is empty
     * @throws InvalidInputException listing every problem of every file
     */
    public Policy readPolicy(Path directory) {
        return read(directory, null, null, false);
    }

    /**
     * Reads both parts of the policy held by a directory of the class path, such as a policy packaged
     * in the application's jar under {@code policy/} (Maven: {@code src/main/resources/policy/}).
     * Uses the thread's context class loader, or this library's when there is none.
     *
     * @param directory the directory's resource name, such as {@code policy} (a leading or trailing
     *        {@code /} is ignored), not null
     * @return the complete, checked policy, not null; a part without sections is empty
     * @throws InvalidInputException listing every problem of every file, or saying that the
     *         directory does not exist on the class path
     * @see #readPolicyFromClasspath(ClassLoader, String)
     */
    public Policy readPolicyFromClasspath(String directory) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return readPolicyFromClasspath(loader != null ? loader : PolicyReader.class.getClassLoader(), directory);
    }

    /**
     * Reads both parts of the policy held by a directory of a class loader's class path: a directory
     * of the file system (an IDE, {@code mvn test}) or of a jar file.
     *
     * <p>In an application that is itself a named module, resources in a directory whose name is a
     * Java package name (such as {@code policy}) are encapsulated in that module and not found here;
     * such an application reads its policy from a file directory with {@link #readPolicy(Path)}.
     *
     * @param loader the class loader whose class path holds the directory, not null
     * @param directory the directory's resource name, such as {@code policy} (a leading or trailing
     *        {@code /} is ignored), not null
     * @return the complete, checked policy, not null; a part without sections is empty
     * @throws InvalidInputException listing every problem of every file, or saying that the
     *         directory does not exist on the class path
     */
    public Policy readPolicyFromClasspath(ClassLoader loader, String directory) {
        if (loader == null || directory == null) {
            throw new NullPointerException(loader == null ? "loader" : "directory");
        }
        String name = directory.replaceAll("^/+|/+$", "");
        String shown = "classpath:" + name;
        URL url = name.isEmpty() ? null : loader.getResource(name);
        if (url == null) {
            throw single(shown, "does not exist on the class path");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw single(shown, "has a class-path address that is not a valid URI: " + url);
        }
        if ("file".equals(uri.getScheme())) {
            return readPolicy(Path.of(uri));
        }
        if (!"jar".equals(uri.getScheme())) {
            throw single(shown, "is in a " + uri.getScheme() + ": class-path entry; only directories and jar "
                    + "files can be listed (" + url + ")");
        }
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            return readPolicy(fs.getPath(name));
        } catch (FileSystemAlreadyExistsException e) {
            return readPolicy(FileSystems.getFileSystem(uri).getPath(name));
        } catch (IOException e) {
            throw single(shown, "cannot be read from its jar file: " + e.getMessage());
        }
    }

    private static InvalidInputException single(String file, String message) {
        return new InvalidInputException(List.of(Problem.at(Problem.Code.UNREADABLE, new Problem.Location(file, "$", 0, 0),
                message)));
    }

    /**
     * Reads the sharing policy held by a directory; risk sections in it are checked too.
     *
     * @param directory the directory, not null
     * @return the complete, checked policy, not null
     * @throws InvalidInputException listing every problem of every file
     */
    public SharingPolicy readSharingPolicy(Path directory) {
        return readPolicy(directory).sharing();
    }

    /**
     * Reads the risk policy held by a directory; sharing sections in it are checked too.
     *
     * @param directory the directory, not null
     * @return the complete, checked risk policy, not null
     * @throws InvalidInputException listing every problem of every file, or saying that the
     *         directory holds no risk section
     */
    public RiskPolicy readRiskPolicy(Path directory) {
        return read(directory, null, null, true).risk();
    }

    /**
     * Reads both parts of the policy held by a single document: its sharing sections and its risk
     * sections.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, such as a file name, not null
     * @return the complete, checked policy, not null; a part without sections is empty
     * @throws InvalidInputException listing every problem
     */
    public Policy readPolicy(String document, String sourceName) {
        return read(null, document, sourceName, false);
    }

    /**
     * Reads a sharing policy held by a single document; risk sections in it are checked too.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, such as a file name, not null
     * @return the complete, checked policy, not null
     * @throws InvalidInputException listing every problem
     */
    public SharingPolicy readSharingPolicy(String document, String sourceName) {
        return read(null, document, sourceName, false).sharing();
    }

    /**
     * Reads a risk policy held by a single document; sharing sections in it are checked too.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, such as a file name, not null
     * @return the complete, checked risk policy, not null
     * @throws InvalidInputException listing every problem, or saying that the document holds no
     *         risk section
     */
    public RiskPolicy readRiskPolicy(String document, String sourceName) {
        return read(null, document, sourceName, true).risk();
    }

    private Policy read(Path directory, String document, String sourceName, boolean needRisk) {
        Problems problems = new Problems(json.limits());
        SharingSections sharing = new SharingSections();
        RiskSections risk = new RiskSections();
        PolicyDocuments documents = new PolicyDocuments(json, problems, List.of(sharing, risk));
        if (directory != null) {
            documents.readDirectory(directory);
        } else {
            documents.readDocument(document, sourceName);
        }
        if (needRisk && !risk.seen() && problems.isEmpty()) {
            problems.addFile(Code.MISSING, directory != null ? directory.toString() : sourceName, "holds no risk section: "
                    + "expected at least one of " + String.join(", ", RiskWriters.SECTIONS));
        }
        if (documents.incomplete()) {
            // A file that could not be read or parsed leaves its sections out: checking references
            // now would report, against the other files, everything that file declares.
            problems.throwIfAny();
        }
        SharingPolicy sharingPolicy = sharing.build(problems);
        RiskPolicy riskPolicy = risk.seen() ? risk.build(problems) : Policy.NO_RISK;
        problems.throwIfAny();
        if (sharingPolicy == null || riskPolicy == null) {
            throw new IllegalStateException("no policy and no problem");
        }
        return new Policy(sharingPolicy, riskPolicy, sharing.warnings(sharingPolicy));
    }

    /**
     * Reads declarations: a file {@code {"declarations": [...]}}, or a directory of such files
     * ({@code *.json}, sorted by name, not recursing, at most {@link ReadLimits#maxFiles()}, each a
     * regular file). Declaration references (MRN, else LRN) must be unique across the files.
     *
     * @param fileOrDirectory the file or directory, not null
     * @return the declarations, in file order, not null
     * @throws InvalidInputException listing every problem of every file
     */
    public List<Declaration> readDeclarations(Path fileOrDirectory) {
        Problems problems = new Problems(json.limits());
        List<Declaration> out = new ArrayList<>();
        Map<String, Node.Loc> references = new HashMap<>();
        if (Files.isDirectory(fileOrDirectory)) {
            DirectorySnapshot.read(fileOrDirectory, "declarations", json.limits(), problems,
                    (name, text) -> declarations(text, name, problems, references, out));
        } else {
            String name = String.valueOf(fileOrDirectory.getFileName());
            String text = JsonFiles.readText(fileOrDirectory, name, json.limits(), problems);
            if (text != null) {
                declarations(text, name, problems, references, out);
            }
        }
        problems.throwIfAny();
        return List.copyOf(out);
    }

    /**
     * Reads declarations from a document {@code {"declarations": [...]}}.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the declarations, in order, not null
     * @throws InvalidInputException listing every problem
     */
    public List<Declaration> readDeclarations(String document, String sourceName) {
        Problems problems = new Problems(json.limits());
        List<Declaration> out = new ArrayList<>();
        declarations(document, sourceName, problems, new HashMap<>(), out);
        problems.throwIfAny();
        return List.copyOf(out);
    }

    private void declarations(String text, String source, Problems problems, Map<String, Node.Loc> references,
            List<Declaration> out) {
        Node root = json.parse(text, source, problems);
        if (root == null) {
            return;
        }
        Fields f = Fields.of(root, problems, "declarations");
        Node list = f.requiredNode("declarations");
        if (list == null) {
            return;
        }
        if (!(list instanceof Node.Arr)) {
            problems.add(Code.WRONG_TYPE, list.loc(), "must be an array of declarations (got " + list.describe() + ")");
            return;
        }
        for (Node element : ((Node.Arr) list).elements()) {
            Declaration d = RiskReaders.declaration(element, problems);
            if (d == null) {
                continue;
            }
            Node.Loc first = references.putIfAbsent(d.reference(), element.loc());
            if (first != null) {
                problems.add(Code.DUPLICATE, element.loc(), "declaration \"" + d.reference() + "\" is declared more than once (first at "
                        + first.file() + ":" + first.line() + ":" + first.column() + ")");
            } else {
                out.add(d);
            }
        }
    }

    /**
     * Reads one declaration from a JSON object, as one element of {@code "declarations"} is written.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the declaration, not null
     * @throws InvalidInputException listing every problem
     */
    public Declaration readDeclaration(String document, String sourceName) {
        return readOne(json, document, sourceName, RiskReaders::declaration);
    }

    /**
     * Reads the result of an inspection from a JSON object: {@code declarationReference},
     * {@code inspectedOn}, {@code finding}, and optionally {@code seizure} and {@code revenueRecovered}.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the inspection result, not null
     * @throws InvalidInputException listing every problem
     */
    public InspectionResult readInspectionResult(String document, String sourceName) {
        return readOne(json, document, sourceName, RiskReaders::inspection);
    }

    /**
     * Reads one information item from a JSON object, as an element of {@code "items"} is written.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the item, not null
     * @throws InvalidInputException listing every problem
     */
    public InformationItem readItem(String document, String sourceName) {
        return readOne(json, document, sourceName, SharingReaders::item);
    }

    /**
     * Reads one consent from a JSON object, as an element of {@code "consents"} is written.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the consent, not null
     * @throws InvalidInputException listing every problem
     */
    public Consent readConsent(String document, String sourceName) {
        return readOne(json, document, sourceName, SharingReaders::consent);
    }

    /**
     * Reads one objection from a JSON object, as an element of {@code "objections"} is written.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the objection, not null
     * @throws InvalidInputException listing every problem
     */
    public Objection readObjection(String document, String sourceName) {
        return readOne(json, document, sourceName, SharingReaders::objection);
    }

    /**
     * Reads one disclosure from a JSON object: {@code recordId}, {@code item}, {@code holder},
     * {@code recipient}, {@code purpose}, optionally {@code agreement}, and {@code instant}.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the disclosure, not null
     * @throws InvalidInputException listing every problem
     */
    public Disclosure readDisclosure(String document, String sourceName) {
        return readOne(json, document, sourceName, SharingReaders::disclosure);
    }

    /**
     * Reads a sharing request from a file holding one JSON object.
     *
     * @param file the file, not null
     * @return the request, not null
     * @throws InvalidInputException listing every problem
     */
    public SharingRequest readRequest(Path file) {
        Problems problems = new Problems(json.limits());
        String name = String.valueOf(file.getFileName());
        String text = JsonFiles.readText(file, name, json.limits(), problems);
        problems.throwIfAny();
        return readRequest(text, name);
    }

    /**
     * Reads a sharing request from a JSON object.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the request, not null
     * @throws InvalidInputException listing every problem
     */
    public SharingRequest readRequest(String document, String sourceName) {
        return readOne(json, document, sourceName, SharingReaders::request);
    }

    static <T> T readOne(JsonText json, String document, String sourceName,
            java.util.function.BiFunction<Node, Problems, T> reader) {
        Problems problems = new Problems(json.limits());
        Node root = json.parse(document, sourceName, problems);
        T value = root == null ? null : reader.apply(root, problems);
        problems.throwIfAny();
        if (value == null) {
            throw new IllegalStateException("no value and no problem reading " + sourceName);
        }
        return value;
    }
}
