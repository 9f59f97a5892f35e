package org.passerelle.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem.Code;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Lane;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskRule;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SharingRule;

/**
 * Reads declarative policy tests: JSON documents that each hold either a sharing request and the
 * decision expected of it (a sharing test), or a declaration, the instant to assess it as of and the
 * assessment expected of it (a risk test). A directory of them, searched recursively, is a suite.
 *
 * <p>Reading is as strict as {@link PolicyReader}'s and reports the same way: unknown fields, wrong
 * types, unknown outcomes, lanes, condition kinds and rule ids, bad dates, a request without an
 * instant, a declaration as {@link PolicyReader#readDeclarations(Path)} would reject it, a document
 * holding both a request and a declaration or neither, two tests with the same name and malformed
 * JSON are all collected over every file and thrown together in one
 * {@link InvalidInputException}, each with file, JSON path, line and column.
 * The format is documented in {@code docs/policy-testing.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PolicyTestReader {
    static final String[] TEST = {"name", "description", "request", "expect"};
    static final String[] RISK_TEST = {"name", "description", "declaration", "assessedAt", "expect"};
    static final String[] ANY_TEST = {"name", "description", "request", "declaration", "assessedAt", "expect"};
    static final String[] EXPECT = {"outcome", "agreement", "firedRules", "notFiredRules", "decidingRules",
        "conditions", "absentConditions", "redacted", "retainUntil", "respondBy"};
    static final String[] EXPECT_RISK = {"lane", "score", "firedProfiles", "notFiredProfiles", "firedIndicators",
        "notFiredIndicators", "random", "complete", "rules"};

    private final JsonText json;

    private PolicyTestReader(ReadLimits limits) {
        this.json = new JsonText(limits);
    }

    /**
     * Returns a reader with the {@linkplain ReadLimits#DEFAULTS default limits}.
     *
     * @return the reader, not null
     */
    public static PolicyTestReader create() {
        return new PolicyTestReader(ReadLimits.DEFAULTS);
    }

    /**
     * Returns a reader with the given limits ({@link ReadLimits#maxFiles()} bounds the files of a suite).
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public static PolicyTestReader create(ReadLimits limits) {
        if (limits == null) {
            throw new NullPointerException("limits");
        }
        return new PolicyTestReader(limits);
    }

    /**
     * Reads every {@code *.json} file under a directory, recursively, as a suite of tests ordered by
     * file path.
     *
     * @param directory the suite directory, not null
     * @return the tests, not empty
     * @throws InvalidInputException listing every problem of every file
     */
    public List<PolicyTestCase> readSuite(Path directory) {
        Problems problems = new Problems(json.limits());
        String dirName = directory.toString();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.addFile(Code.UNREADABLE, dirName, Files.exists(directory) ? "is not a directory" : "does not exist");
            problems.throwIfAny();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(p -> !p.equals(directory) && p.getFileName().toString().endsWith(".json"))
                    .limit(json.limits().maxFiles() + 1L).forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            problems.addFile(Code.UNREADABLE, dirName, "cannot be listed: " + e.getMessage());
            problems.throwIfAny();
        }
        if (files.isEmpty()) {
            problems.addFile(Code.MISSING, dirName, "holds no *.json policy test file");
        } else if (files.size() > json.limits().maxFiles()) {
            problems.addFile(Code.LIMIT_EXCEEDED, dirName, "holds more than " + json.limits().maxFiles()
                    + " *.json files, the limit (ReadLimits.maxFiles)");
        }
        problems.throwIfAny();
        List<String> names = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path p : files) {
            String name = directory.relativize(p).toString().replace('\\', '/');
            names.add(name);
            byName.put(name, p);
        }
        names.sort(null);
        List<PolicyTestCase> tests = new ArrayList<>();
        Map<String, Node.Loc> seen = new HashMap<>();
        for (String name : names) {
            String text = JsonFiles.readText(byName.get(name), name, json.limits(), problems);
            if (text == null) {
                continue;
            }
            Node root = json.parse(text, name, problems);
            if (root == null) {
                continue;
            }
            PolicyTestCase test = test(root, name, problems);
            if (test != null) {
                Node.Loc first = seen.putIfAbsent(test.name(), root.loc());
                if (first != null) {
                    problems.add(Code.DUPLICATE, nameLoc(root), "test name \"" + test.name() + "\" is already used by "
                            + first.file());
                } else {
                    tests.add(test);
                }
            }
        }
        problems.throwIfAny();
        return List.copyOf(tests);
    }

    /**
     * Reads one policy test from a JSON object.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, such as a file name, not null
     * @return the test, not null
     * @throws InvalidInputException listing every problem
     */
    public PolicyTestCase readTest(String document, String sourceName) {
        return PolicyReader.readOne(json, document, sourceName, (n, p) -> test(n, sourceName, p));
    }

    private static Node.Loc nameLoc(Node root) {
        if (root instanceof Node.Obj) {
            Node.Member m = ((Node.Obj) root).members().get("name");
            if (m != null) {
                return m.value().loc();
            }
        }
        return root.loc();
    }

    static PolicyTestCase test(Node node, String file, Problems problems) {
        boolean hasRequest = has(node, "request");
        boolean hasDeclaration = has(node, "declaration");
        boolean risk = hasDeclaration && !hasRequest;
        boolean sharing = hasRequest && !hasDeclaration;
        Fields f = Fields.of(node, problems, risk ? RISK_TEST : sharing ? TEST : ANY_TEST);
        String given = f.string("name");
        String description = f.string("description");
        String name = given != null ? given : file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        String text = description == null ? "" : description;
        if (node instanceof Node.Obj && hasRequest == hasDeclaration) {
            problems.add(Code.CONFLICT, node.loc(), (hasRequest ? "holds both a request and a declaration"
                    : "holds neither a request nor a declaration") + "; a policy test holds one of them: a "
                    + "\"request\" (a sharing test) or a \"declaration\" (a risk test)");
            f.requiredNode("expect");
            return null;
        }
        if (risk) {
            Declaration declaration = RiskReaders.declaration(f.node("declaration"), problems);
            Instant assessedAt = f.instant("assessedAt");
            ExpectedAssessment expected = expectedAssessment(f.requiredObject("expect", EXPECT_RISK));
            return f.build(() -> PolicyTestCase.ofRisk(name, file, text, declaration,
                    assessedAt != null ? assessedAt : declaration.lodgedAt(), expected));
        }
        SharingRequest request = null;
        Node requestNode = f.node("request");
        if (requestNode != null) {
            request = SharingReaders.request(requestNode, problems);
            if (requestNode instanceof Node.Obj && !((Node.Obj) requestNode).members().containsKey("instant")) {
                problems.add(Code.MISSING, requestNode.loc().missing("instant"), "is required in a policy test, so that the "
                        + "decision does not depend on the day the suite runs");
            }
        }
        ExpectedDecision expected = expected(f.requiredObject("expect", EXPECT));
        SharingRequest req = request;
        return f.build(() -> new PolicyTestCase(name, file, text, req, expected));
    }

    /** Returns whether a member is present with a value other than JSON null. */
    private static boolean has(Node node, String member) {
        if (!(node instanceof Node.Obj)) {
            return false;
        }
        Node.Member m = ((Node.Obj) node).members().get(member);
        return m != null && !(m.value() instanceof Node.Null);
    }

    private static ExpectedAssessment expectedAssessment(Fields f) {
        if (f == null) {
            return null;
        }
        Lane lane = f.requiredEnum("lane", Lane.class);
        Integer score = f.integer("score", null);
        SortedSet<ProfileId> fired = f.set("firedProfiles", ProfileId::of);
        SortedSet<ProfileId> notFired = f.set("notFiredProfiles", ProfileId::of);
        SortedSet<IndicatorId> firedIndicators = f.set("firedIndicators", IndicatorId::of);
        SortedSet<IndicatorId> notFiredIndicators = f.set("notFiredIndicators", IndicatorId::of);
        Boolean random = f.node("random") == null ? null : f.flag("random");
        Boolean complete = f.node("complete") == null ? null : f.flag("complete");
        SortedSet<RiskRule> rules = f.set("rules", RiskRule::ofId);
        return f.build(() -> new ExpectedAssessment(lane, score, fired, notFired, firedIndicators, notFiredIndicators,
                random, complete, rules));
    }

    private static ExpectedDecision expected(Fields f) {
        if (f == null) {
            return null;
        }
        Outcome outcome = f.requiredEnum("outcome", Outcome.class);
        boolean noAgreement = f.isExplicitNull("agreement");
        AgreementId agreement = f.id("agreement", AgreementId::of);
        SortedSet<SharingRule> fired = f.set("firedRules", SharingRule::ofId);
        SortedSet<SharingRule> notFired = f.set("notFiredRules", SharingRule::ofId);
        SortedSet<SharingRule> deciding = f.set("decidingRules", SharingRule::ofId);
        SortedSet<Condition.Kind> conditions = f.enumSet("conditions", Condition.Kind.class);
        SortedSet<Condition.Kind> absent = f.enumSet("absentConditions", Condition.Kind.class);
        SortedSet<String> redacted = f.node("redacted") == null ? null : f.set("redacted", SharingReaders::fieldName);
        LocalDate retainUntil = f.date("retainUntil");
        Instant respondBy = f.instant("respondBy");
        return f.build(() -> new ExpectedDecision(outcome, agreement, noAgreement, fired, notFired, deciding,
                conditions, absent, redacted, retainUntil, respondBy));
    }
}
