package org.passerelle.json;

import java.util.List;
import org.passerelle.model.Checks;
import org.passerelle.model.Problem;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskSettings;
import org.passerelle.sharing.SharingPolicy;

/**
 * Everything a policy directory holds: its sharing part and its risk part, read together by
 * {@link PolicyReader#readPolicy(java.nio.file.Path)}, so that one directory can serve both the risk
 * engine ({@code assess}) and the sharing engine ({@code decide}).
 *
 * <p>A part whose sections are all absent is empty: a sharing policy without agencies, or a risk
 * policy without indicators, with {@linkplain RiskSettings#DEFAULTS default settings} and an empty
 * context. The warnings are the sharing policy's {@linkplain SharingPolicy#warnings() warnings},
 * each placed at the file, JSON path and line of the element it concerns: the policy is valid, but
 * those parts of it probably do not say what their author meant. This type is immutable and
 * thread-safe.
 *
 * @param sharing the sharing part
 * @param risk the risk part
 * @param warnings the warnings about the policy, in file order; empty when none
 */
public record Policy(SharingPolicy sharing, RiskPolicy risk, List<Problem> warnings) {
    /** A risk policy with nothing in it. */
    static final RiskPolicy NO_RISK = RiskPolicy.of(List.of(), List.of(), RiskSettings.DEFAULTS, RiskContext.EMPTY);

    /**
     * Validates the policy.
     */
    public Policy {
        Checks.notNull("sharing", sharing);
        Checks.notNull("risk", risk);
        warnings = Checks.list("warnings", warnings);
    }

    /**
     * Creates a policy without warnings.
     *
     * @param sharing the sharing part, not null
     * @param risk the risk part, not null
     */
    public Policy(SharingPolicy sharing, RiskPolicy risk) {
        this(sharing, risk, List.of());
    }

    /**
     * Tells whether the policy read had a risk part: at least one risk section.
     *
     * @return false when the risk part is the empty one that stands for "no risk section"
     */
    public boolean hasRiskPart() {
        return risk != NO_RISK;
    }
}
