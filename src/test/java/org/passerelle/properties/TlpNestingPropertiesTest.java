package org.passerelle.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.Markings;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Property;
import org.passerelle.testing.Property.Gen;
import org.passerelle.testing.SharingGen;

/**
 * TLP 2.0's audiences nest (SR-11 to SR-14): whoever may receive an item under a stricter label may
 * receive it under a looser one, RED within AMBER+STRICT within AMBER within GREEN within CLEAR.
 *
 * <p>FIRST's TLP 2.0 (https://www.first.org/tlp/) defines each label by widening the one before:
 * TLP:RED is "for the eyes and ears of individual recipients only", "TLP:AMBER+STRICT restricts
 * sharing to the organization only", TLP:AMBER allows "members of their own organization and its
 * clients", TLP:GREEN "peers and partner organizations within their community", and TLP:CLEAR
 * "there is no limit on disclosure".
 *
 * <p>Over generated policies ({@link SharingGen}) and requests, the requested item, most often given
 * a holder that received it from its originator under an agreement of the policy (TLP binds only
 * recipients), is given each of
 * the five labels in turn (recorded in the fact store: the law is compiled once) and, for every pair
 * of labels, the decision under the looser label is never more restrictive than under the stricter
 * one; in particular a permit under the stricter label is a permit under the looser one.
 */
class TlpNestingPropertiesTest {
    private static final int POLICIES = 200;
    private static final int REQUESTS = 8;

    @Test
    void audiencesNestForEveryPairOfLabels() {
        int[] compared = {0};
        int[] widened = {0};
        Property.forAll("TLP audiences nest: RED, AMBER+STRICT, AMBER, GREEN, CLEAR", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            InMemoryFactStore store = InMemoryFactStore.of(policy);
            SharingEngine engine = SharingEngine.compile(policy.law(), store);
            for (int i = 0; i < REQUESTS; i++) {
                SharingRequest r = SharingGen.request(g, policy);
                InformationItem generated = policy.items().get(r.item());
                if (generated == null) {
                    continue;
                }
                InformationItem item = g.chance(0.8) ? received(g, policy, generated, r) : generated;
                TlpLabel[] labels = TlpLabel.values();
                SharingDecision[] byLabel = new SharingDecision[labels.length];
                for (TlpLabel label : labels) {
                    store.recordItem(relabel(item, label));
                    byLabel[label.ordinal()] = engine.decide(r);
                }
                store.recordItem(item);
                for (TlpLabel stricter : labels) {
                    for (TlpLabel looser : labels) {
                        if (!stricter.isStricterThan(looser)) {
                            continue;
                        }
                        SharingDecision s = byLabel[stricter.ordinal()];
                        SharingDecision l = byLabel[looser.ordinal()];
                        assertThat(l.outcome().compareTo(s.outcome()))
                                .as("%s is more restrictive than %s.%n%s: %s%n%s: %s", looser, stricter, stricter,
                                        s.explanation(), looser, l.explanation())
                                .isLessThanOrEqualTo(0);
                        if (s.isPermitted()) {
                            assertThat(l.isPermitted()).as("permitted under %s but not under %s: %s", stricter,
                                    looser, l.explanation()).isTrue();
                        }
                        compared[0]++;
                    }
                }
                if (byLabel[TlpLabel.RED.ordinal()].outcome() != byLabel[TlpLabel.CLEAR.ordinal()].outcome()) {
                    widened[0]++;
                }
            }
        });
        assertThat(compared[0]).isGreaterThan(POLICIES * 10);
        // Not vacuous: the label decides the outcome in a good share of the requests.
        assertThat(widened[0]).isGreaterThan(POLICIES / 20);
    }

    /**
     * TLP binds only those who received an item: gives the item a holder other than its originator,
     * a party to an agreement of the policy that received it under that agreement shortly before the
     * request (or returns it unchanged when no such holder exists).
     */
    private static InformationItem received(Gen g, SharingPolicy policy, InformationItem item, SharingRequest r) {
        SharingAgreement a = g.oneOf(new ArrayList<>(policy.agreements().values()));
        List<String> holders = new ArrayList<>();
        for (Agency agency : policy.agencies().values()) {
            if (a.isParty(agency) && !agency.id().equals(item.originator())) {
                holders.add(agency.id().value());
            }
        }
        if (holders.isEmpty()) {
            return item;
        }
        LocalDate day = LocalDate.ofInstant(r.instant(), ZoneOffset.UTC).minusDays(g.between(0, 400));
        return new InformationItem(item.id(), item.title(), item.originator(),
                List.of(new CustodyHop(AgencyId.of(g.oneOf(holders)), a.id(), day)), item.category(), item.fields(),
                item.markings(), item.restrictions(), item.status(), item.sourceSystem(), item.politicalCharacter());
    }

    private static InformationItem relabel(InformationItem item, TlpLabel label) {
        Markings m = item.markings();
        return item.toBuilder().markings(new Markings(label, m.handling(), m.handlingText(), m.grading())).build();
    }
}
