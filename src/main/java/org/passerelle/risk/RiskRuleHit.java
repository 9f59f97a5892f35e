package org.passerelle.risk;

import org.passerelle.model.Checks;

/**
 * A risk rule that shaped an assessment, with what it did.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param rule the rule
 * @param detail what the rule did, in plain language; never intelligence
 */
public record RiskRuleHit(RiskRule rule, String detail) {
    /**
     * Validates the hit.
     */
    public RiskRuleHit {
        Checks.notNull("rule", rule);
        Checks.notNull("detail", detail);
    }

    /**
     * Returns the rule's stable id.
     *
     * @return the id, such as {@code RR-05}
     */
    public String ruleId() {
        return rule.id();
    }
}
