package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * The legal provision an agreement or a rule relies on: an instrument and an article.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param instrument the instrument, such as "Naples II Convention"
 * @param article the article, such as "Art. 25(2)(a)", or null when the instrument as a whole is cited
 */
public record LegalBasis(String instrument, String article) {
    /**
     * Validates the basis.
     */
    public LegalBasis {
        instrument = Checks.notBlank("instrument", instrument);
        if (article != null) {
            article = Checks.notBlank("article", article);
        }
    }

    @Override
    public String toString() {
        return article == null ? instrument : instrument + " " + article;
    }
}
