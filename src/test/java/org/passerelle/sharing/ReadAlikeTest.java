package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.testing.Property;
import org.passerelle.testing.SharingGen;

/**
 * The two projections the policy analysis relies on to ask the engine fewer questions:
 * {@link SourceRestrictions#readFor} (items whose restrictions read alike for a recipient are decided
 * alike for it) and {@link SharingLaw#purposesReadAlike} (purposes of one class are decided alike);
 * each checked against the engine's decisions on generated policies. The examples, which mutation
 * testing runs, are in {@code ReadAlikeExamplesTest}.
 */
class ReadAlikeTest {
    private static final int POLICIES = 60;

    @Test
    void itemsWhoseRestrictionsReadAlikeForARecipientAreDecidedAlikeForIt() {
        Property.forAll("restrictions read alike, decisions alike", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            InformationItem item = g.oneOf(new ArrayList<>(policy.items().values()));
            String recipient = g.oneOf(SharingGen.agencyIds());
            SourceRestrictions base = SharingGen.restrictions(g);
            TreeSet<AgencyId> excluded = new TreeSet<>(base.excludedRecipients());
            TreeSet<AgencyId> allowed = new TreeSet<>(base.allowedRecipients());
            for (String a : g.subset(SharingGen.agencyIds(), 0.3)) {
                AgencyId id = AgencyId.of(a);
                if (!a.equals(recipient) && !allowed.contains(id)) {
                    excluded.add(id);
                }
            }
            SourceRestrictions wider = new SourceRestrictions(allowed, excluded, base.allowedPurposes(),
                    base.retentionEnd(), base.noFurtherDissemination());
            AgencyId to = AgencyId.of(recipient);
            assertThat(wider.readFor(to)).isEqualTo(base.readFor(to));
            SharingEngine a = SharingEngine.compile(policy.toBuilder().putItem(with(item, base)).build());
            SharingEngine b = SharingEngine.compile(policy.toBuilder().putItem(with(item, wider)).build());
            LocalDate day = LocalDate.of(g.between(2015, 2030), g.between(1, 12), 1);
            for (String p : SharingGen.purposeIds()) {
                SharingRequest r = request(item.id().value(), recipient, p, day);
                assertAlike(b.decide(r), a.decide(r));
            }
        });
    }

    @Test
    void purposesOfOneClassAreDecidedAlike() {
        Property.forAll("purposes read alike, decisions alike", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            InformationItem item = g.oneOf(new ArrayList<>(policy.items().values()));
            for (Consent c : policy.consents().values()) {
                if (c.item().equals(item.id())) {
                    throw g.discard();
                }
            }
            String recipient = g.oneOf(SharingGen.agencyIds());
            List<AgreementId> basis = new ArrayList<>();
            for (SharingAgreement ag : policy.agreements().values()) {
                if (ag.isParty(policy.agencies().get(item.holder()))
                        && ag.isParty(policy.agencies().get(AgencyId.of(recipient)))) {
                    basis.add(ag.id());
                }
            }
            item.lastHop().map(CustodyHop::receivedUnder).ifPresent(basis::add);
            SharingEngine engine = SharingEngine.compile(policy);
            LocalDate day = LocalDate.of(g.between(2015, 2030), g.between(1, 12), 1);
            List<List<PurposeId>> classes = policy.law().purposesReadAlike(basis, item.restrictions());
            assertThat(classes.stream().mapToInt(List::size).sum()).isEqualTo(policy.purposes().size());
            for (List<PurposeId> alike : classes) {
                SharingDecision first = engine.decide(request(item.id().value(), recipient, alike.get(0).value(), day));
                for (PurposeId p : alike) {
                    assertAlike(engine.decide(request(item.id().value(), recipient, p.value(), day)), first);
                }
            }
        });
    }

    private static void assertAlike(SharingDecision actual, SharingDecision expected) {
        assertThat(actual.outcome()).as(actual.request().toString()).isEqualTo(expected.outcome());
        assertThat(actual.agreement()).as(actual.request().toString()).isEqualTo(expected.agreement());
        assertThat(actual.conditions()).as(actual.request().toString()).isEqualTo(expected.conditions());
    }

    private static InformationItem with(InformationItem i, SourceRestrictions r) {
        return new InformationItem(i.id(), i.title(), i.originator(), i.custody(), i.category(), i.fields(),
                i.markings(), r, i.status(), i.sourceSystem(), i.politicalCharacter());
    }

    private static SharingRequest request(String item, String recipient, String purpose, LocalDate day) {
        return SharingRequest.builder().recipient(recipient).item(item).purpose(purpose)
                .at(day.atTime(12, 0).toInstant(ZoneOffset.UTC)).confidentialityAssured(true)
                .realIndications("recorded").build();
    }
}
