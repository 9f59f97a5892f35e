package org.passerelle.analysis;

/**
 * Escaping for HTML and SVG text and attributes. Stateless.
 */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<':
                    s.append("&lt;");
                    break;
                case '>':
                    s.append("&gt;");
                    break;
                case '&':
                    s.append("&amp;");
                    break;
                case '"':
                    s.append("&quot;");
                    break;
                case '\'':
                    s.append("&#39;");
                    break;
                default:
                    s.append(c);
            }
        }
        return s.toString();
    }
}
