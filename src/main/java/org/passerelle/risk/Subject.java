package org.passerelle.risk;

import java.time.LocalDate;
import java.util.Locale;
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

    Subject(Declaration declaration, RiskContext context, LocalDate day) {
        this.declaration = declaration;
        this.context = context;
        this.day = day;
    }

    String lowerDescription(int index) {
        if (lowerDescriptions == null) {
            lowerDescriptions = new String[declaration.items().size()];
            for (int i = 0; i < lowerDescriptions.length; i++) {
                GoodsItem item = declaration.items().get(i);
                lowerDescriptions[i] = item.description().toLowerCase(Locale.ROOT);
            }
        }
        return lowerDescriptions[index];
    }
}
