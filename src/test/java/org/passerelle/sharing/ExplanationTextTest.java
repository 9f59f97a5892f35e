package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The buffer an explanation is written into: any text, any length, one explanation inside another. */
class ExplanationTextTest {

    @Test
    void textOutsideLatin1IsKeptAsWritten() {
        Explanations.Text t = Explanations.Text.take();
        try {
            assertThat(t.add("Zoll ").add("Überprüfung — «H3» ").add("情報").toString())
                    .isEqualTo("Zoll Überprüfung — «H3» 情報");
        } finally {
            t.release();
        }
    }

    @Test
    void aLongTextGrowsTheBufferAndTheNextStartsEmpty() {
        String line = "x".repeat(999) + "\n";
        Explanations.Text t = Explanations.Text.take();
        try {
            for (int i = 0; i < 200; i++) {
                t.add(line);
            }
            assertThat(t.toString()).hasSize(200_000).isEqualTo(line.repeat(200));
        } finally {
            t.release();
        }
        Explanations.Text next = Explanations.Text.take();
        try {
            assertThat(next.add("short").toString()).isEqualTo("short");
        } finally {
            next.release();
        }
    }

    @Test
    void aPartLongerThanTwiceTheBufferFitsAtOnce() {
        String part = "y".repeat(50_000);
        Explanations.Text t = Explanations.Text.take();
        try {
            assertThat(t.add("a").add(part).add("b").toString()).isEqualTo("a" + part + "b");
        } finally {
            t.release();
        }
    }

    @Test
    void anExplanationWrittenDuringAnotherHasItsOwnBuffer() {
        Explanations.Text outer = Explanations.Text.take();
        try {
            outer.add("outer");
            Explanations.Text inner = Explanations.Text.take();
            try {
                assertThat(inner).isNotSameAs(outer);
                assertThat(inner.add("inner").toString()).isEqualTo("inner");
            } finally {
                inner.release();
            }
            assertThat(outer.add(" still").toString()).isEqualTo("outer still");
        } finally {
            outer.release();
        }
    }

    @Test
    void aHitLineIsRuleTitleEffectReasonAndLegalSource() {
        RuleHit hit = new RuleHit(SharingRule.SR_04, Outcome.DENY, "the recipient is not a party to agreement A1");
        Explanations.Text t = Explanations.Text.take();
        try {
            assertThat(t.line(hit).toString()).isEqualTo("- SR-04 (" + SharingRule.SR_04.title() + ", DENY): "
                    + hit.reason() + " [" + SharingRule.SR_04.legalSource() + "]\n");
        } finally {
            t.release();
        }
    }
}
