package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.testing.Property;
import org.passerelle.testing.Property.Gen;
import org.passerelle.testing.SharingGen;

/**
 * The refined computation of the matrix (classes merged per recipient by
 * {@link SourceRestrictions#readFor}, purposes asked together by
 * {@link org.passerelle.sharing.SharingLaw#purposesReadAlike}, pairs without an agreement in force
 * skipped) against the per-class computation and against brute force, on generated policies whose
 * items come in families that differ only by their restrictions.
 */
class RefinedMatrixTest {
    private static final int POLICIES = 40;

    @Test
    void theRefinedMatrixIsThePerClassMatrix() {
        int[] fewer = {0};
        Property.forAll("refined matrix equals the per-class matrix", POLICIES, g -> {
            SharingPolicy policy = withFamilies(g, SharingGen.policy(g));
            LocalDate from = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            LocalDate to = from.plusDays(g.nextInt(400));
            DecisionSpace space = new DecisionSpace(policy, from, to, IntendedUse.INTELLIGENCE);
            FlowMatrix refined = Matrices.compute(space, from, to, true);
            FlowMatrix perClass = Matrices.compute(space, from, to, false);
            assertThat(refined.flows()).isEqualTo(perClass.flows());
            assertThat(refined.reaching).isEqualTo(perClass.reaching);
            assertThat(refined.decisions()).isLessThanOrEqualTo(perClass.decisions());
            fewer[0] += refined.decisions() < perClass.decisions() ? 1 : 0;
        });
        assertThat(fewer[0]).as("policies on which the refined computation asked fewer decisions")
                .isGreaterThan(POLICIES / 2);
    }

    @Test
    void theRefinedMatrixAgreesWithDecidingEveryItemOnEveryDay() {
        Property.forAll("refined matrix agrees with brute force", POLICIES, g -> {
            SharingPolicy policy = withFamilies(g, SharingGen.policy(g));
            LocalDate from = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            LocalDate to = from.plusDays(g.nextInt(3));
            FlowMatrix matrix = PolicyAnalysis.of(policy, from, to).flowMatrix();
            Map<Flow.Key, Outcome> best = new HashMap<>();
            Map<Flow.Key, Set<ItemId>> reaching = new HashMap<>();
            bruteForce(policy, from, to, best, reaching);
            for (Map.Entry<Flow.Key, Outcome> e : best.entrySet()) {
                Flow f = matrix.flow(e.getKey()).orElseThrow(() -> new AssertionError("missing " + e.getKey()));
                assertThat(f.outcome().compareTo(e.getValue())).as(e.getKey().toString()).isLessThanOrEqualTo(0);
                if (!DecisionSpace.isHypothetical(f.witness().item())) {
                    assertThat(f.outcome()).as(e.getKey().toString()).isEqualTo(e.getValue());
                }
                assertThat(f.items()).as(e.getKey().toString()).isEqualTo(reaching.get(e.getKey()).size());
            }
            for (Flow f : matrix.flows()) {
                assertThat(f.byLawOnly() || best.containsKey(f.key())).as(f.key().toString()).isTrue();
            }
        });
    }

    @Test
    void everyWitnessOfTheRefinedMatrixIsDecidedAsTheMatrixSays() {
        Property.forAll("refined witnesses are decided as the matrix says", POLICIES, g -> {
            SharingPolicy policy = withFamilies(g, SharingGen.policy(g));
            LocalDate day = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            SharingEngine engine = SharingEngine.compile(policy);
            for (Flow f : PolicyAnalysis.of(policy, day, day).flowMatrix().flows()) {
                if (!DecisionSpace.isHypothetical(f.witness().item())) {
                    var d = engine.decide(f.witness());
                    assertThat(f.witness().purpose()).isEqualTo(f.purpose());
                    assertThat(d.outcome()).as(f.key().toString()).isEqualTo(f.outcome());
                    assertThat(d.agreement()).as(f.key().toString()).isEqualTo(f.agreement());
                    assertThat(d.conditions()).as(f.key().toString()).isEqualTo(f.conditions());
                }
            }
        });
    }

    /** The change impact both ways equals the comparison of the per-class matrices of both laws. */
    @Test
    void theChangeImpactBothWaysIsThatOfThePerClassMatrices() {
        Property.forAll("refined change impact equals the per-class one, both ways", POLICIES, g -> {
            SharingPolicy policy = withFamilies(g, SharingGen.policy(g));
            SharingPolicy amended = amend(g, policy);
            LocalDate from = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            LocalDate to = from.plusDays(g.nextInt(60));
            ChangeImpact forward = PolicyAnalysis.of(policy, from, to).changeTo(amended);
            ChangeImpact back = PolicyAnalysis.of(amended, from, to).changeTo(policy);
            assertThat(forward.changes()).isEqualTo(ChangeImpact.between(perClass(policy, from, to),
                    perClass(amended, from, to)).changes());
            assertThat(back.changes()).isEqualTo(ChangeImpact.between(perClass(amended, from, to),
                    perClass(policy, from, to)).changes());
            // What one way opens, the other closes.
            Set<Flow.Key> opened = keys(forward, FlowChange.Kind.NEW_ACCESS);
            assertThat(keys(back, FlowChange.Kind.LOST_ACCESS)).isEqualTo(opened);
            assertThat(keys(back, FlowChange.Kind.NEW_ACCESS)).isEqualTo(keys(forward, FlowChange.Kind.LOST_ACCESS));
        });
    }

    /**
     * The change impact reuses the old matrix for the holders no changed agreement concerns: the new
     * matrix it gives is the one computed afresh, whatever the amendment (a purpose more or less, a
     * shorter validity, an agreement removed).
     */
    @Test
    void theNewMatrixOfAChangeImpactIsTheOneComputedAfresh() {
        int[] reused = {0};
        Property.forAll("the updated matrix equals the fresh one", POLICIES, g -> {
            SharingPolicy policy = withFamilies(g, SharingGen.policy(g));
            SharingPolicy amended;
            SharingAgreement a = g.oneOf(new ArrayList<>(policy.agreements().values()));
            switch (g.nextInt(4)) {
                case 0:
                    amended = policy.toBuilder().putAgreement(SharingGen.shorterValidity(g, a)).build();
                    break;
                case 1:
                    if (named(policy, a)) {
                        amended = amend(g, policy);
                        break;
                    }
                    List<SharingAgreement> kept = new ArrayList<>(policy.agreements().values());
                    kept.remove(a);
                    amended = PolicyAnalysis.withFacts(org.passerelle.sharing.SharingLaw.builder()
                            .agencies(policy.agencies().values().toArray(new Agency[0]))
                            .purposes(policy.purposes().values().toArray(new org.passerelle.sharing.Purpose[0]))
                            .legalAreas(policy.law().legalAreas().values()
                                    .toArray(new org.passerelle.sharing.LegalArea[0]))
                            .agreements(kept.toArray(new SharingAgreement[0])).build(), policy);
                    break;
                default:
                    amended = amend(g, policy);
                    break;
            }
            LocalDate from = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            LocalDate to = from.plusDays(g.nextInt(60));
            PolicyAnalysis old = PolicyAnalysis.of(policy, from, to);
            FlowMatrix updated = old.changeTo(amended).after();
            PolicyAnalysis fresh = PolicyAnalysis.of(PolicyAnalysis.withFacts(amended.law(), policy), from, to);
            FlowMatrix computed = fresh.flowMatrix();
            assertThat(updated.flows()).isEqualTo(computed.flows());
            assertThat(updated.reaching).isEqualTo(computed.reaching);
            assertThat(updated.decisions()).isEqualTo(computed.decisions());
            java.util.Set<AgencyId> changed = new DecisionSpace(fresh.policy(), from, to, IntendedUse.INTELLIGENCE)
                    .changedHolders(new DecisionSpace(policy, from, to, IntendedUse.INTELLIGENCE));
            reused[0] += changed != null && changed.size() < policy.agencies().size() ? 1 : 0;
        });
        assertThat(reused[0]).as("cases where some holder kept its flows").isGreaterThan(POLICIES / 4);
    }

    /** Whether the facts of a policy name an agreement (so that removing it is refused). */
    private static boolean named(SharingPolicy policy, SharingAgreement a) {
        for (InformationItem i : policy.items().values()) {
            for (org.passerelle.sharing.CustodyHop hop : i.custody()) {
                if (a.id().equals(hop.receivedUnder())) {
                    return true;
                }
            }
        }
        for (org.passerelle.sharing.Objection o : policy.objections().values()) {
            if (a.id().equals(o.agreement())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Flow.Key> keys(ChangeImpact impact, FlowChange.Kind kind) {
        Set<Flow.Key> out = new HashSet<>();
        for (FlowChange c : impact.changes(kind)) {
            out.add(c.key());
        }
        return out;
    }

    private static FlowMatrix perClass(SharingPolicy policy, LocalDate from, LocalDate to) {
        return Matrices.compute(new DecisionSpace(policy, from, to, IntendedUse.INTELLIGENCE), from, to, false);
    }

    /** The policy with one agreement given or taken a purpose. */
    private static SharingPolicy amend(Gen g, SharingPolicy policy) {
        SharingAgreement a = g.oneOf(new ArrayList<>(policy.agreements().values()));
        PurposeId p = PurposeId.of(g.oneOf(SharingGen.purposeIds()));
        TreeSet<String> purposes = new TreeSet<>();
        for (PurposeId q : a.purposes()) {
            purposes.add(q.value());
        }
        if (!purposes.add(p.value()) && purposes.size() > 1) {
            purposes.remove(p.value());
        }
        SharingAgreement changed = a.toBuilder().purposes(purposes.toArray(new String[0])).build();
        return policy.toBuilder().putAgreement(changed).build();
    }

    /**
     * The policy with, for each item, a few more that differ from it only by their restrictions: the
     * same, an exclusion or an allowance of one or two agencies, or other restrictions altogether.
     */
    static SharingPolicy withFamilies(Gen g, SharingPolicy policy) {
        List<InformationItem> more = new ArrayList<>();
        List<String> agencies = SharingGen.agencyIds();
        for (InformationItem i : policy.items().values()) {
            int n = g.between(1, 5);
            for (int k = 0; k < n; k++) {
                SourceRestrictions r;
                switch (g.nextInt(4)) {
                    case 0:
                        r = i.restrictions();
                        break;
                    case 1:
                        r = new SourceRestrictions(null, ids(g.nonEmptySubset(agencies.subList(0, 3))), null, null,
                                false);
                        break;
                    case 2:
                        r = new SourceRestrictions(ids(List.of(g.oneOf(agencies))), null, null, null, false);
                        break;
                    default:
                        r = SharingGen.restrictions(g);
                        break;
                }
                more.add(new InformationItem(ItemId.of(i.id().value() + "-" + k), i.title(), i.originator(),
                        i.custody(), i.category(), i.fields(), i.markings(), r, i.status(), i.sourceSystem(),
                        i.politicalCharacter()));
            }
        }
        return policy.toBuilder().items(more.toArray(new InformationItem[0])).build();
    }

    private static TreeSet<AgencyId> ids(List<String> values) {
        TreeSet<AgencyId> out = new TreeSet<>();
        for (String v : values) {
            out.add(AgencyId.of(v));
        }
        return out;
    }

    private static void bruteForce(SharingPolicy policy, LocalDate from, LocalDate to, Map<Flow.Key, Outcome> best,
            Map<Flow.Key, Set<ItemId>> reaching) {
        SharingEngine engine = SharingEngine.compile(policy);
        for (InformationItem item : policy.items().values()) {
            for (Agency recipient : policy.agencies().values()) {
                if (recipient.id().equals(item.holder())) {
                    continue;
                }
                for (PurposeId purpose : policy.purposes().keySet()) {
                    Flow.Key k = new Flow.Key(item.holder(), recipient.id(), item.category(), purpose);
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        SharingRequest r = SharingRequest.builder().recipient(recipient.id().value())
                                .item(item.id().value()).purpose(purpose.value()).at(day.atTime(12, 0)
                                        .toInstant(ZoneOffset.UTC)).confidentialityAssured(true)
                                .realIndications("recorded").build();
                        Outcome o = engine.decide(r).outcome();
                        if (o != Outcome.DENY) {
                            best.merge(k, o, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                            reaching.computeIfAbsent(k, x -> new HashSet<>()).add(item.id());
                        }
                    }
                }
            }
        }
    }
}
