package org.passerelle.testing;

import org.assertj.core.api.Assertions;
import org.passerelle.sharing.SharingDecision;

/**
 * The entry point of Passerelle's domain assertions, on top of AssertJ's: import
 * {@code SharingAssertions.assertThat} statically and write
 * {@code assertThat(decision).isRefused().byRule("SR-12")}.
 */
@SuppressWarnings("exports") // AssertJ / JUnit types, which the module requires static only
public class SharingAssertions extends Assertions {

    /** Not instantiated; extended only to inherit AssertJ's entry points. */
    protected SharingAssertions() {
    }

    /**
     * Starts assertions on a decision.
     *
     * @param decision the decision
     * @return the assertion, not null
     */
    public static DecisionAssert assertThat(SharingDecision decision) {
        return new DecisionAssert(decision);
    }
}
