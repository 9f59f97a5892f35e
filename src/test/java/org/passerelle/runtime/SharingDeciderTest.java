package org.passerelle.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.IMMIGRATION;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.SEIZURE;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.audit.AuditException;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.audit.InMemoryAuditSink;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.SharingDecider;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;
import org.passerelle.testing.SharingAssertions;

/**
 * The three engines are one {@link SharingDecider}: an application written against the interface
 * gets the same decisions and recalls from each, and the audited engine closes its sink.
 */
class SharingDeciderTest {
    private static final Instant LATER = Instant.parse("2024-06-01T00:00:00Z");

    static Stream<Function<InMemoryFactStore, SharingDecider>> deciders() {
        Clock clock = Clock.fixed(LATER, ZoneOffset.UTC);
        return Stream.of(
                facts -> SharingEngine.compile(Ruritania.policy().law(), facts),
                facts -> AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy().law(), facts),
                        new InMemoryAuditSink()),
                facts -> ReloadingSharingEngine.of(() -> Ruritania.policy().law(), facts, clock));
    }

    /** What an application that injects a decider does: decide, and recall through the same type. */
    private static List<SharingDecision> application(SharingDecider decider) {
        SharingDecision permitted = decider.decide(Ruritania.sc01Request().build());
        SharingDecision refused = decider.decide(Ruritania.sc01Request().id("other-purpose").purpose(IMMIGRATION)
                .build());
        Recall recall = decider.recall(ItemId.of(SEIZURE), ItemStatus.INACCURATE, LATER);
        assertThat(recall.item()).isEqualTo(ItemId.of(SEIZURE));
        SharingDecision afterRecall = decider.decide(Ruritania.sc01Request().id("after-recall").build());
        return List.of(permitted, refused, afterRecall);
    }

    @ParameterizedTest
    @MethodSource("deciders")
    @DisplayName("SR-30: every engine decides and recalls through the one interface")
    void oneInterface(Function<InMemoryFactStore, SharingDecider> make) {
        List<SharingDecision> d = application(make.apply(InMemoryFactStore.of(Ruritania.policy())));

        SharingAssertions.assertThat(d.get(0)).letsTheFlowGo();
        SharingAssertions.assertThat(d.get(1)).isRefused();
        SharingAssertions.assertThat(d.get(2)).isRefused().byRule("SR-30");
    }

    @Test
    @DisplayName("a test double of the interface stands in for any engine")
    void aTestDoubleStandsIn() {
        SharingEngine real = SharingEngine.compile(Ruritania.policy());
        SharingDecider refusesAll = new SharingDecider() {
            @Override
            public SharingDecision decide(SharingRequest request) {
                return real.decide(request.toBuilder().purpose(IMMIGRATION).build());
            }

            @Override
            public Recall recall(ItemId item, ItemStatus status, Instant at) {
                return real.recall(item, status, at);
            }
        };
        SharingAssertions.assertThat(refusesAll.decide(Ruritania.sc01Request().build())).isRefused();
    }

    @Test
    @DisplayName("SR-31: closing the audited engine closes its sink; later decisions are refusals, later recalls fail")
    void closingTheAuditedEngineClosesItsSink() {
        StringWriter log = new StringWriter();
        SharingEngine engine = SharingEngine.compile(Ruritania.policy());
        SharingDecision before;
        AuditedSharingEngine closed;
        try (AuditedSharingEngine audited = AuditedSharingEngine.of(engine, JsonLinesAuditSink.writingTo(log))) {
            before = audited.decide(Ruritania.sc01Request().build());
            closed = audited;
        }
        SharingAssertions.assertThat(before).letsTheFlowGo().firedRule("SR-31");
        assertThat(log.toString().lines()).hasSize(1);

        SharingDecision after = closed.decide(Ruritania.sc01Request().id("after-close").build());

        SharingAssertions.assertThat(after).isRefused().byRule("SR-31");
        assertThat(after.explanation()).contains("closed");
        assertThat(log.toString().lines()).as("nothing written after close").hasSize(1);
        assertThatThrownBy(() -> closed.recall(ItemId.of(SEIZURE), ItemStatus.ERASED, LATER))
                .isInstanceOf(AuditException.class);
    }

    @Test
    @DisplayName("a sink that holds nothing keeps accepting after close: the default close releases nothing")
    void defaultCloseReleasesNothing() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditedSharingEngine audited = AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy()), sink);
        audited.close();

        SharingAssertions.assertThat(audited.decide(Ruritania.sc01Request().build())).letsTheFlowGo();
        assertThat(sink.records()).hasSize(1);
    }

    @Test
    @DisplayName("a request built with a recipient only is a pull request: the recipient asks")
    void recipientAloneAsks() {
        SharingRequest pull = SharingRequest.builder().recipient(RNP).item(SEIZURE).purpose(DRUGS).build();
        SharingRequest push = SharingRequest.builder().requester("RCA").recipient(RNP).item(SEIZURE).purpose(DRUGS)
                .build();

        assertThat(pull.requester()).isEqualTo(pull.recipient());
        assertThat(push.requester().value()).isEqualTo("RCA");
        assertThat(push.recipient().value()).isEqualTo(RNP);
        assertThatThrownBy(() -> SharingRequest.builder().requester(RNP).item(SEIZURE).purpose(DRUGS).build())
                .hasMessageContaining("recipient");
    }
}
