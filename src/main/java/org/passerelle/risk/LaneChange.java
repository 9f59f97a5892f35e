package org.passerelle.risk;

import java.time.Instant;
import org.passerelle.model.Checks;

/**
 * A change of a declaration's lane after its assessment, by an officer in an authorised role
 * (RR-01): what the lane becomes, who changed it, in which role, why and when.
 *
 * <p>Pass it to {@link RiskEngine#reroute(Assessment, LaneChange)}, which checks the role and
 * returns an assessment that records the change. This type is immutable and thread-safe.
 *
 * @param lane the new lane
 * @param officer the identifier of the officer who changes it
 * @param role the role the officer acts in, checked against the engine's reroute roles
 * @param reason why, in plain language; kept in the audit trail of the assessment
 * @param at when the change is made, not before the assessment or an earlier change
 */
public record LaneChange(Lane lane, String officer, String role, String reason, Instant at) {
    /**
     * Validates the change.
     */
    public LaneChange {
        Checks.notNull("laneChange.lane", lane);
        Checks.id("laneChange.officer", officer);
        Checks.id("laneChange.role", role);
        reason = Checks.notBlank("laneChange.reason", reason);
        Checks.notNull("laneChange.at", at);
    }
}
