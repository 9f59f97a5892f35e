package org.passerelle.sharing;

import java.util.Arrays;

/**
 * Plain-language text for conditions, shared by decisions and their explanations.
 */
final class Explanations {
    /** The start of the line of a hit, {@code "- SR-04 (title, DENY): "}, by rule and effect. */
    private static final String[][] LINE_STARTS = lineStarts();
    /** The end of the line of a hit, {@code " [legal source]\n"}, by rule. */
    private static final String[] LINE_ENDS = lineEnds();

    private Explanations() {
    }

    /**
     * The text of an explanation being written: a buffer of characters per thread, reused, copied
     * once into the explanation's string ({@link #toString}). Joining the text from its parts
     * instead allocates an array of the parts and a copy of it, and costs more per part; this
     * copies each part once, allocates only the string, and holds no reference to a part.
     * Confined to one thread and one explanation at a time: {@link #take} hands out the thread's
     * text, or a fresh one if the thread is already writing one, and {@link #release} gives it back.
     */
    static final class Text {
        private static final ThreadLocal<Text> CURRENT = ThreadLocal.withInitial(Text::new);
        /** The largest buffer a thread keeps between explanations, in characters (a larger one is let go). */
        private static final int KEPT = 1 << 16;
        private char[] chars = new char[4096];
        private int length;
        private boolean busy;

        private Text() {
        }

        /** Returns the thread's text, empty; give it back with {@link #release}. */
        static Text take() {
            Text t = CURRENT.get();
            if (t.busy) {
                t = new Text();
            }
            t.busy = true;
            t.length = 0;
            return t;
        }

        /** Appends a string. */
        Text add(String s) {
            int n = s.length();
            if (length + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
            }
            s.getChars(0, n, chars, length);
            length += n;
            return this;
        }

        /** Appends the line of a hit: rule, title and effect; reason; legal source. */
        Text line(RuleHit h) {
            return add(LINE_STARTS[h.rule().ordinal()][h.effect().ordinal()]).add(h.reason())
                    .add(LINE_ENDS[h.rule().ordinal()]);
        }

        /** Returns the text written, as a string. */
        @Override
        public String toString() {
            return new String(chars, 0, length);
        }

        /** Gives the text back, keeping a buffer of at most {@link #KEPT} characters. */
        void release() {
            if (chars.length > KEPT) {
                chars = new char[4096];
            }
            busy = false;
        }
    }

    private static String[][] lineStarts() {
        SharingRule[] rules = SharingRule.values();
        Outcome[] effects = Outcome.values();
        String[][] starts = new String[rules.length][effects.length];
        for (SharingRule r : rules) {
            for (Outcome o : effects) {
                starts[r.ordinal()][o.ordinal()] = "- " + r.id() + " (" + r.title() + ", " + o + "): ";
            }
        }
        return starts;
    }

    private static String[] lineEnds() {
        SharingRule[] rules = SharingRule.values();
        String[] ends = new String[rules.length];
        for (SharingRule r : rules) {
            ends[r.ordinal()] = " [" + r.legalSource() + "]\n";
        }
        return ends;
    }

    static String describe(Condition c) {
        if (c instanceof Condition.Redact r) {
            return "redact fields " + String.join(", ", r.fields());
        } else if (c instanceof Condition.KeepMarking m) {
            String what = m.tlp() == null ? "" : m.tlp().label();
            if (m.handling() != null) {
                what = what.isEmpty() ? m.handling().name() : what + " and handling code " + m.handling();
            }
            return "keep the marking " + what + " (or a stricter one) on every copy";
        } else if (c instanceof Condition.RetainUntil r) {
            return "retain until " + r.day() + ", then delete or review";
        } else if (c instanceof Condition.NoOnwardTransferWithoutConsent n) {
            return "no onward transfer without the consent of " + n.originator();
        } else if (c instanceof Condition.NoOnwardTransfer) {
            return "no onward transfer at all";
        } else if (c instanceof Condition.NotifyOriginator n) {
            return "notify the originator " + n.originator() + " without delay";
        } else if (c instanceof Condition.VerifyWithSource v) {
            return "verify with the source " + v.source() + " before acting on it";
        } else if (c instanceof Condition.RespondBy r) {
            return "respond by " + r.deadline();
        } else if (c instanceof Condition.Uncorroborated u) {
            return "uncorroborated (graded " + u.grading() + "): not a sole basis for coercive action";
        } else if (c instanceof Condition.NeedToKnow) {
            return "disseminate only on a need-to-know basis";
        } else if (c instanceof Condition.NoEvidenceUse) {
            return "not to be used as evidence without the provider's prior written consent";
        } else if (c instanceof Condition.KeepEvaluation k) {
            return "keep the provider's evaluation " + k.grading() + "; only the provider may change it";
        } else if (c instanceof Condition.Emergency e) {
            return "emergency transfer (" + e.justification() + "): minimum data, short retention";
        }
        return c.toString();
    }
}
