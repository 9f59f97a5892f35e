package org.passerelle.json;

import org.passerelle.risk.Assessment;

/**
 * Writes risk assessments as JSON: one compact object on one line, as JSON Lines needs
 * ({@link AssessmentLines} writes batches).
 *
 * <p>A line holds {@code declaration}, {@code asOf}, {@code lane} (after any lane change),
 * {@code assessedLane}, {@code riskLane}, {@code score}, {@code random}, {@code randomLane},
 * {@code priority}, {@code complete}, {@code completenessFindings}, {@code profiles} (each with its
 * fired {@code indicators}), {@code ruleHits}, {@code laneChanges} and {@code explanation}. It is
 * the examiner's view: what an assessment withholds for restricted intelligence (RR-07) is never
 * written. Flags that are false and lists that are empty are left out, except {@code profiles}
 * and {@code ruleHits}. This class is stateless and thread-safe.
 */
public final class AssessmentJson {
    private AssessmentJson() {
    }

    /**
     * Writes an assessment as one line of compact JSON, without the line end.
     *
     * @param assessment the assessment, not null
     * @return the JSON text, on one line, not null
     */
    public static String write(Assessment assessment) {
        return JsonText.compact(o -> o.object(() -> RiskWriters.assessment(o, assessment)));
    }
}
