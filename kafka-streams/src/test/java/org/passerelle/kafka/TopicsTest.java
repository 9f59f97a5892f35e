package org.passerelle.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Topic names: defaults with a prefix, and every clash or blank name refused with the name. */
class TopicsTest {
    @Test
    void defaultsCarryThePrefix() {
        Topics t = Topics.withPrefix("customs.");
        SharingTopics s = SharingTopics.withPrefix("sharing.");

        assertThat(t.inputs()).containsExactly("customs.declarations", "customs.inspections");
        assertThat(t.outputs()).containsExactly("customs.assessments", "customs.selected", "customs.dead-letters");
        assertThat(s.byItem()).containsExactly("sharing.requests", "sharing.items", "sharing.consents",
                "sharing.objections");
        assertThat(s.outputs()).contains("sharing.law", "sharing.recalls");
    }

    @Test
    void aNameGivenTwiceOrBlankIsRefused() {
        assertThatThrownBy(() -> new Topics("a", "b", "a", "c", "d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"a\" is given for two topics");
        assertThatThrownBy(() -> new Topics("a", " ", "b", "c", "d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatCode(() -> PasserelleTopology.builder(Topics.withPrefix("x."))
                .sharing(SharingTopics.withPrefix("x."), Fixtures.READER.readSharingPolicy(Fixtures.example(
                        "customs-police")).law()).build())
                .as("the default names of the two sets do not clash, even under one prefix")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasserelleTopology.builder(new Topics("x.declarations", "x.assessments",
                "x.selected", "x.inspections", "x.requests")).sharing(SharingTopics.withPrefix("x."),
                Fixtures.READER.readSharingPolicy(Fixtures.example("customs-police")).law()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.requests");
    }

    @Test
    void aTopologyNeedsAtLeastOnePath() {
        assertThatThrownBy(() -> PasserelleTopology.builder(Topics.withPrefix("")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("risk(engine, context)");
    }
}
