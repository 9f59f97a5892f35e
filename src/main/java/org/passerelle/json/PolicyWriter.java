package org.passerelle.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.model.PasserelleIOException;
import org.passerelle.model.Declaration;
import org.passerelle.model.PasserelleException;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Writes sharing policies, risk policies, requests and declarations as canonical JSON:
 * pretty-printed, fields in a fixed order, sharing elements sorted by id and risk elements in their
 * policy order, so that equal policies give identical text and reading the text back gives an
 * equal policy (for sharing, with the same {@link SharingPolicy#version()}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PolicyWriter {
    private PolicyWriter() {
    }

    /**
     * Writes a policy as one JSON document holding every section.
     *
     * @param policy the policy, not null
     * @return the JSON text, ending with a newline, not null
     */
    public static String write(SharingPolicy policy) {
        return JsonText.pretty(o -> o.object(() -> {
            for (String section : SharingWriters.SECTIONS) {
                SharingWriters.section(o, section, policy);
            }
        }));
    }

    /**
     * Writes a policy into a directory, one file per section ({@code agencies.json},
     * {@code purposes.json}, {@code agreements.json}, {@code items.json}, {@code consents.json},
     * {@code objections.json}, {@code legalAreas.json}), replacing files of those names.
     *
     * <p>The directory is created if needed. Besides the files of risk sections, which
     * {@link #writeRiskDirectory(RiskPolicy, Path)} writes, it must hold no other {@code *.json}
     * file, since those would be read as part of the policy.
     *
     * @param policy the policy, not null
     * @param directory the directory, not null
     * @throws PasserelleException if the directory holds other {@code *.json} files
     * @throws PasserelleIOException if a file cannot be written
     */
    public static void writeDirectory(SharingPolicy policy, Path directory) {
        writeSections(directory, SharingWriters.SECTIONS,
                section -> JsonText.pretty(o -> o.object(() -> SharingWriters.section(o, section, policy))));
    }

    /**
     * Writes a risk policy as one JSON document holding every risk section; {@code riskSettings} is
     * an array of one object.
     *
     * @param policy the policy, not null
     * @return the JSON text, ending with a newline, not null
     */
    public static String writeRisk(RiskPolicy policy) {
        return JsonText.pretty(o -> o.object(() -> {
            for (String section : RiskWriters.SECTIONS) {
                RiskWriters.section(o, section, policy);
            }
        }));
    }

    /**
     * Writes a risk policy into a directory, one file per section ({@code indicators.json},
     * {@code profiles.json}, {@code referenceValues.json}, {@code watchLists.json},
     * {@code traders.json}, {@code riskSettings.json}), replacing files of those names.
     *
     * <p>The directory is created if needed. Besides the files of sharing sections, which
     * {@link #writeDirectory(SharingPolicy, Path)} writes, it must hold no other {@code *.json} file.
     *
     * @param policy the policy, not null
     * @param directory the directory, not null
     * @throws PasserelleException if the directory holds other {@code *.json} files
     * @throws PasserelleIOException if a file cannot be written
     */
    public static void writeRiskDirectory(RiskPolicy policy, Path directory) {
        writeSections(directory, RiskWriters.SECTIONS,
                section -> JsonText.pretty(o -> o.object(() -> RiskWriters.section(o, section, policy))));
    }

    /**
     * Writes declarations as one document {@code {"declarations": [...]}}, which
     * {@link PolicyReader#readDeclarations(Path)} reads back into equal declarations.
     *
     * @param declarations the declarations, not null
     * @return the JSON text, ending with a newline, not null
     */
    public static String writeDeclarations(List<Declaration> declarations) {
        return JsonText.pretty(o -> o.object(() -> o.array("declarations", declarations,
                d -> o.element(() -> RiskWriters.declaration(o, d)))));
    }

    /**
     * Writes one declaration as a compact JSON object on one line, which
     * {@link PolicyReader#readDeclaration(String, String)} reads back into an equal declaration.
     *
     * @param declaration the declaration, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeDeclaration(Declaration declaration) {
        return JsonText.compact(o -> o.object(() -> RiskWriters.declaration(o, declaration)));
    }

    /**
     * Writes the result of an inspection as a compact JSON object on one line, which
     * {@link PolicyReader#readInspectionResult(String, String)} reads back into an equal result.
     *
     * @param result the inspection result, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeInspectionResult(InspectionResult result) {
        return JsonText.compact(o -> o.object(() -> RiskWriters.inspection(o, result)));
    }

    /**
     * Writes one information item as a compact JSON object on one line, which
     * {@link PolicyReader#readItem(String, String)} reads back into an equal item.
     *
     * @param item the item, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeItem(InformationItem item) {
        return JsonText.compact(o -> o.object(() -> SharingWriters.item(o, item)));
    }

    /**
     * Writes one consent as a compact JSON object on one line, which
     * {@link PolicyReader#readConsent(String, String)} reads back into an equal consent.
     *
     * @param consent the consent, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeConsent(Consent consent) {
        return JsonText.compact(o -> o.object(() -> SharingWriters.consent(o, consent)));
    }

    /**
     * Writes one objection as a compact JSON object on one line, which
     * {@link PolicyReader#readObjection(String, String)} reads back into an equal objection.
     *
     * @param objection the objection, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeObjection(Objection objection) {
        return JsonText.compact(o -> o.object(() -> SharingWriters.objection(o, objection)));
    }

    /**
     * Writes one disclosure as a compact JSON object on one line, which
     * {@link PolicyReader#readDisclosure(String, String)} reads back into an equal disclosure.
     *
     * @param disclosure the disclosure, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeDisclosure(Disclosure disclosure) {
        return JsonText.compact(o -> o.object(() -> SharingWriters.disclosure(o, disclosure)));
    }

    private static void writeSections(Path directory, List<String> sections,
            java.util.function.Function<String, String> text) {
        try {
            Files.createDirectories(directory);
            List<String> others = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
                for (Path p : stream) {
                    String name = p.getFileName().toString();
                    String section = name.substring(0, name.length() - ".json".length());
                    if (!SharingWriters.SECTIONS.contains(section) && !RiskWriters.SECTIONS.contains(section)) {
                        others.add(name);
                    }
                }
            }
            if (!others.isEmpty()) {
                others.sort(null);
                throw new PasserelleException("directory " + directory + " holds other policy files " + others
                        + "; write into an empty directory");
            }
            for (String section : sections) {
                Files.writeString(directory.resolve(section + ".json"), text.apply(section), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new PasserelleIOException("cannot write policy to " + directory, e);
        }
    }

    /**
     * Writes a sharing request as a JSON object.
     *
     * @param request the request, not null
     * @return the JSON text, ending with a newline, not null
     */
    public static String writeRequest(SharingRequest request) {
        return JsonText.pretty(o -> o.object(() -> SharingWriters.request(o, request)));
    }
}
