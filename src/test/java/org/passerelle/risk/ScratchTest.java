package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The working memory of assessments on one thread: an indicator or profile marked in one assessment
 * is unmarked in the next, also when the assessment stamp wraps around (after 2^31 - 1 assessments in the engine).
 */
class ScratchTest {
    @Test
    void marksOfOneAssessmentAreGoneInTheNext() {
        Scratch w = new Scratch(2, 2);
        w.next();
        assertThat(w.markEvaluated(0)).isTrue();
        assertThat(w.markEvaluated(0)).as("already evaluated in this assessment").isFalse();
        w.markFired(0);
        w.addProfile(1);
        w.addProfile(1);
        assertThat(w.hasFired(0)).isTrue();
        assertThat(w.sortProfiles()).isEqualTo(1);

        w.next();
        assertThat(w.hasFired(0)).isFalse();
        assertThat(w.firedCount()).isZero();
        assertThat(w.markEvaluated(0)).isTrue();
        assertThat(w.sortProfiles()).isZero();
    }

    @Test
    void marksOfTheFirstAssessmentAreGoneWhenTheStampWrapsAround() {
        int lastStamp = 5; // Integer.MAX_VALUE in the engine; the same wrap-around, reached sooner
        Scratch w = new Scratch(1, 1, lastStamp);
        w.next();
        w.markEvaluated(0);
        w.markFired(0);
        w.addProfile(0);
        // the stamp is 1; after lastStamp - 1 more assessments it is at its maximum, and the next wraps
        for (int i = 1; i < lastStamp; i++) {
            w.next();
        }
        w.next();
        assertThat(w.hasFired(0)).as("fired before the wrap").isFalse();
        assertThat(w.markEvaluated(0)).as("evaluated before the wrap").isTrue();
        w.addProfile(0);
        assertThat(w.sortProfiles()).as("a candidate before the wrap").isEqualTo(1);
    }
}
