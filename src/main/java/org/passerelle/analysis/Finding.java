package org.passerelle.analysis;

import java.util.Objects;

/**
 * One thing in a policy that deserves a reader's attention, with its severity, a stable code, the
 * element it is about (so that a tool can show its file and line) and a plain-language message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how serious it is
 * @param code a stable code, such as {@code OVERLAP} or {@code AGREEMENT_NEVER_IN_FORCE}
 * @param section the section of the element it is about: {@code agreements}, {@code purposes},
 *        {@code items} or {@code agencies}
 * @param element the id of that element
 * @param message what is wrong and what follows from it
 */
public record Finding(Severity severity, String code, String section, String element, String message)
        implements Comparable<Finding> {

    /**
     * Checks the components.
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Finding o) {
        int c = severity.compareTo(o.severity);
        if (c == 0) {
            c = code.compareTo(o.code);
        }
        if (c == 0) {
            c = element.compareTo(o.element);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    /**
     * How serious a finding is, the most serious first.
     */
    public enum Severity {
        /** The policy does not do what it says: an agreement that never applies, a purpose granted nowhere. */
        WARNING,
        /** Two agreements give different terms for the same flow: one of them is silently set aside. */
        NOTICE,
        /** Something that changes nothing, or that no one can use: worth a look, often harmless. */
        INFO
    }
}
