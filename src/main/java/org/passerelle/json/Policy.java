package org.passerelle.json;

import java.util.List;
import org.passerelle.model.Checks;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskSettings;
import org.passerelle.sharing.SharingPolicy;

/**
 * Everything a policy directory holds: its sharing part and its risk part, read together by
 * {@link PolicyReader#read(java.nio.file.Path)}, so that one directory can serve both the risk
 * engine ({@code assess}) and the sharing engine ({@code decide}).
 *
 * <p>A part whose sections are all absent is empty: a sharing policy without agencies, or a risk
 * policy without indicators, with {@linkplain RiskSettings#DEFAULTS default settings} and an empty
 * context. This type is immutable and thread-safe.
 *
 * @param sharing the sharing part
 * @param risk the risk part
 */
public record Policy(SharingPolicy sharing, RiskPolicy risk) {
    /** A risk policy with nothing in it. */
    static final RiskPolicy NO_RISK = RiskPolicy.of(List.of(), List.of(), RiskSettings.DEFAULTS, RiskContext.EMPTY);

    /**
     * Validates the policy.
     */
    public Policy {
        Checks.notNull("sharing", sharing);
        Checks.notNull("risk", risk);
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
