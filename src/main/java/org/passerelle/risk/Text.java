package org.passerelle.risk;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises free text before it is compared with configured terms (generic descriptions, vague
 * description terms), so that a trader cannot slip past a check by spelling.
 *
 * <p>{@link #fold(String)}: Unicode NFKC (full-width and compatibility forms become their plain
 * letters: "ｇｅｎｅｒａｌ" is "general"); format characters removed (soft hyphen, zero-width
 * space and joiners, bidirectional marks); lower-cased in the root locale; Cyrillic and Greek
 * letters that look like Latin ones folded to those ("gеnеrаl" with Cyrillic е and а is "general").
 */
final class Text {
    /** Confusable letters (lower case) and the Latin letter each stands for. */
    private static final String CONFUSABLE = "аеорсухіјѕԁһӏкмтвнпгαβεικνορτυχωɡ";
    private static final String LATIN = "aeopcyxijsdhlkmtbhnrabeikvoptuxwg";

    private Text() {
    }

    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            int lower = Character.toLowerCase(cp);
            int k = lower < 0x10000 ? CONFUSABLE.indexOf(lower) : -1;
            if (k >= 0) {
                b.append(LATIN.charAt(k));
            } else {
                b.appendCodePoint(lower);
            }
        }
        return b.toString();
    }
}
