package org.passerelle.json;

import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.SharingDecision;

/**
 * Writes sharing decisions as JSON and reads them back into equal records.
 *
 * <p>A decision is written with its whole request, the instant, the outcome, the agreement relied
 * on, the conditions, every rule hit (rule id such as {@code SR-27}, effect and reason) and the
 * law version and facts revision. This class is stateless and thread-safe.
 */
public final class DecisionJson {
    private static final JsonText JSON = new JsonText(ReadLimits.DEFAULTS);

    private DecisionJson() {
    }

    /**
     * Writes a decision as a pretty-printed JSON object.
     *
     * @param decision the decision, not null
     * @return the JSON text, ending with a newline, not null
     */
    public static String write(SharingDecision decision) {
        return JsonText.pretty(o -> o.object(() -> SharingWriters.decision(o, decision)));
    }

    /**
     * Writes a decision as one line of compact JSON, without the line end, for JSON Lines; the same
     * members as {@link #write(SharingDecision)}, which {@link #readDecision(String, String)} reads back.
     *
     * @param decision the decision, not null
     * @return the JSON text, on one line, not null
     */
    public static String writeLine(SharingDecision decision) {
        return JsonText.compact(o -> o.object(() -> SharingWriters.decision(o, decision)));
    }

    /**
     * Reads a decision written by {@link #write(SharingDecision)}, strictly and with the default limits.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the decision, not null
     * @throws InvalidInputException listing every problem
     */
    public static SharingDecision readDecision(String document, String sourceName) {
        return PolicyReader.readOne(JSON, document, sourceName, SharingReaders::decision);
    }
}
