package org.passerelle.risk;

import java.time.LocalDate;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;

/**
 * One assessment's view of a declaration, its context and its day, with the few derived values
 * that several checks share computed once. Confined to the assessing thread.
 */
final class Subject {
    final Declaration declaration;
    final RiskContext context;
    final LocalDate day;
    private String[] lowerDescriptions;
    /** Whether missing data is taken at its riskiest: criteria that depend on it may fire. */
    boolean riskiest;
    /** Whether the criterion being evaluated is under an even number of negations. */
    boolean positive = true;

    Subject(Declaration declaration, RiskContext context, LocalDate day) {
        this.declaration = declaration;
        this.context = context;
        this.day = day;
    }

    /**
     * Returns what a criterion that depends on missing data answers: in the riskiest pass, that it
     * fires when it stands positive and does not when negated; otherwise that it does not fire.
     */
    boolean missing() {
        return riskiest && positive;
    }

    /** Returns a description normalised by {@link Text#fold(String)}. */
    String lowerDescription(int index) {
        if (lowerDescriptions == null) {
            lowerDescriptions = new String[declaration.items().size()];
            for (int i = 0; i < lowerDescriptions.length; i++) {
                GoodsItem item = declaration.items().get(i);
                lowerDescriptions[i] = Text.fold(item.description());
            }
        }
        return lowerDescriptions[index];
    }
}
