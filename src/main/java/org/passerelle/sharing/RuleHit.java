package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * A rule that fired during a decision: which rule, the outcome it pushed for, and why.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param rule the rule, not null
 * @param effect the outcome this rule alone calls for, not null
 * @param reason the plain-language reason, for an officer, not null
 */
public record RuleHit(SharingRule rule, Outcome effect, String reason) {
    /**
     * Validates the hit.
     */
    public RuleHit {
        Checks.notNull("rule", rule);
        Checks.notNull("effect", effect);
        Checks.notNull("reason", reason);
    }

    /**
     * Returns the rule's stable id.
     *
     * @return the id, such as {@code SR-27}
     */
    public String ruleId() {
        return rule.id();
    }
}
