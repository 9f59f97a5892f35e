package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;
import static org.passerelle.testing.SharingAssertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.InvalidInputException;
import org.passerelle.testing.Ruritania;

/**
 * The engine's contract: fail closed, time as an input, determinism, and the domain assertions'
 * own failure messages.
 */
class EngineContractTest extends RuleTestSupport {

    @Test
    @DisplayName("FAIL-CLOSED: unknown item")
    void unknownItem() {
        SharingDecision d = decide(sc01Request().item("NO-SUCH-ITEM"));
        assertThat(d).isRefused().byRule("FAIL-CLOSED");
        assertThat(d.hits()).singleElement().satisfies(h -> assertThat(h.reason()).contains("NO-SUCH-ITEM"));
    }

    @Test
    @DisplayName("FAIL-CLOSED: unknown recipient, requester and purpose are each named")
    void unknownAgencyAndPurpose() {
        SharingDecision d = decide(sc01Request().requester("GHOST").recipient("NOBODY").purpose("curiosity"));
        assertThat(d).isRefused().byRule("FAIL-CLOSED");
        assertThat(d.hits()).extracting(RuleHit::reason).anySatisfy(r -> assertThat(r).contains("NOBODY"))
                .anySatisfy(r -> assertThat(r).contains("GHOST")).anySatisfy(r -> assertThat(r).contains("curiosity"));
    }

    @Test
    @DisplayName("FAIL-CLOSED: an exception while deciding is a refusal, never a permit")
    void exceptionWhileDeciding() {
        SharingDecision d = decide(sc01Request().at(Instant.MAX));
        assertThat(d).isRefused().byRule("FAIL-CLOSED");
        assertThat(d.conditions()).isEmpty();
    }

    @Test
    @DisplayName("FAIL-CLOSED: a clock that fails gives a refusal")
    void failingClock() {
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("clock unplugged");
            }
        };
        SharingEngine engine = SharingEngine.builder(Ruritania.policy()).clock(broken).build();
        SharingDecision d = engine.decide(sc01Request().at((Instant) null).build());
        assertThat(d).isRefused().byRule("FAIL-CLOSED");
        assertThat(d.hits().get(0).reason()).contains("clock unplugged");
    }

    @Test
    @DisplayName("Time is an input: a request without an instant is decided as of the engine's clock")
    void clockGivesTheInstant() {
        Clock in2027 = Clock.fixed(at("2027-02-01"), ZoneOffset.UTC);
        SharingEngine engine = SharingEngine.builder(Ruritania.policy()).clock(in2027).build();
        SharingDecision d = engine.decide(sc01Request().at((Instant) null).build());
        assertThat(d.decidedAt()).isEqualTo(at("2027-02-01"));
        assertThat(d).isRefused().byRule("SR-02");

        SharingDecision explicit = engine.decide(sc01Request().build());
        assertThat(explicit.decidedAt()).isEqualTo(SC_DAY);
        assertThat(explicit).isPermittedWithConditions();
    }

    @Test
    @DisplayName("The builder rejects a null clock, naming the setting")
    void nullClock() {
        assertThatThrownBy(() -> SharingEngine.builder(Ruritania.policy()).clock(null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("clock");
    }

    @Test
    @DisplayName("Determinism: the same request twice gives equal decisions, on one engine or two")
    void determinism() {
        SharingRequest request = sc01Request().build();
        SharingDecision first = WORLD.decide(request);
        assertThat(WORLD.decide(request)).isEqualTo(first);
        assertThat(SharingEngine.compile(Ruritania.policy()).decide(request)).isEqualTo(first);
        assertThat(first.lawVersion()).isEqualTo(WORLD.law().version());
    }

    @Test
    @DisplayName("The engine exposes its law and its fact store")
    void lawAndFacts() {
        SharingPolicy p = Ruritania.policy();
        SharingEngine engine = SharingEngine.compile(p);
        assertThat(engine.law()).isEqualTo(p.law());
        assertThat(engine.facts().facts(Ruritania.seizure().id())).isPresent();
    }

    @Test
    @DisplayName("Every non-PERMIT decision names a rule; a PERMIT names its agreement")
    void decisionsExplain() {
        SharingDecision permit = decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION));
        assertThat(permit).isPermittedWithoutConditions();
        assertThat(permit.agreementRelied()).isPresent();
        SharingDecision refusal = decide(ask(RNP, DECLARATIONS, IMMIGRATION).under(MOU));
        assertThat(refusal.hits()).isNotEmpty();
        assertThat(refusal.explanation()).contains("SR-06").contains("DENY");
    }

    @Test
    @DisplayName("Domain assertions print the decision's explanation when they fail")
    void assertionMessages() {
        SharingDecision d = decide(sc01Request());
        assertThatThrownBy(() -> assertThat(d).isRefused()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected outcome DENY").hasMessageContaining("--- decision ---")
                .hasMessageContaining("SR-27");
        assertThatThrownBy(() -> assertThat(d).isPermittedWithConditions().byRule("SR-12"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SR-12");
        assertThatThrownBy(() -> assertThat(d).withRedacted("name")).isInstanceOf(AssertionError.class);
    }
}
