package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.FIREARMS;
import static org.passerelle.testing.Ruritania.IMMIGRATION;
import static org.passerelle.testing.Ruritania.MOU;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RTA;
import static org.passerelle.testing.Ruritania.SEIZURE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.ItemId;
import org.passerelle.testing.Property;
import org.passerelle.testing.Ruritania;
import org.passerelle.testing.SharingGen;

/**
 * The two projections the policy analysis relies on to ask the engine fewer questions:
 * {@link SourceRestrictions#readFor} (items whose restrictions read alike for a recipient are decided
 * alike for it) and {@link SharingLaw#purposesReadAlike} (purposes of one class are decided alike);
 * each checked against the engine's decisions, both ways.
 */
class ReadAlikeTest {
    private static final int POLICIES = 60;

    @Test
    void anExclusionOfAnotherAgencyReadsAsNoneAndChangesNoDecision() {
        SourceRestrictions other = new SourceRestrictions(null, ids(RTA), null, null, false);
        assertThat(other.readFor(AgencyId.of(RNP))).isEqualTo(SourceRestrictions.NONE);
        SharingDecision plain = decide(Ruritania.policy(), SEIZURE, RNP, DRUGS);
        SharingDecision excludingRta = decide(restricted(other), SEIZURE, RNP, DRUGS);
        assertThat(plain.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertAlike(excludingRta, plain);
    }

    @Test
    void anExclusionOfTheRecipientIsKeptAndRefused() {
        SourceRestrictions both = new SourceRestrictions(null, ids(RNP, RTA), null, null, false);
        SourceRestrictions read = both.readFor(AgencyId.of(RNP));
        assertThat(read.excludedRecipients()).containsExactly(AgencyId.of(RNP));
        assertThat(read).isNotEqualTo(SourceRestrictions.NONE);
        SharingDecision d = decide(restricted(both), SEIZURE, RNP, DRUGS);
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.hits()).anyMatch(h -> h.rule() == SharingRule.SR_18);
    }

    @Test
    void allowedRecipientsReadAsTheRecipientOrAsGiven() {
        SourceRestrictions allowed = new SourceRestrictions(ids(RNP, RTA), null, null, null, false);
        assertThat(allowed.readFor(AgencyId.of(RNP)).allowedRecipients()).containsExactly(AgencyId.of(RNP));
        assertThat(allowed.readFor(AgencyId.of(Ruritania.FCS))).isEqualTo(allowed);
        assertThat(decide(restricted(allowed), SEIZURE, RNP, DRUGS).outcome()).isNotEqualTo(Outcome.DENY);
        assertThat(decide(restricted(new SourceRestrictions(ids(RTA), null, null, null, false)), SEIZURE, RNP, DRUGS)
                .outcome()).isEqualTo(Outcome.DENY);
    }

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

    @Test
    void aPurposeTheAgreementListsIsNotReadLikeOneItDoesNot() {
        SharingPolicy policy = Ruritania.policy();
        List<List<PurposeId>> classes = policy.law().purposesReadAlike(List.of(AgreementId.of(MOU)),
                SourceRestrictions.NONE);
        assertThat(classOf(classes, DRUGS)).doesNotContain(PurposeId.of(IMMIGRATION));
        assertThat(decide(policy, SEIZURE, RNP, DRUGS).outcome()).isNotEqualTo(
                decide(policy, SEIZURE, RNP, IMMIGRATION).outcome());
        // Two purposes the MoU lists alike are apart as soon as the item allows only one of them.
        Set<PurposeId> listed = policy.agreements().get(AgreementId.of(MOU)).purposes();
        assertThat(listed).contains(PurposeId.of(DRUGS), PurposeId.of(FIREARMS));
        List<List<PurposeId>> restricted = policy.law().purposesReadAlike(List.of(AgreementId.of(MOU)),
                new SourceRestrictions(null, null, new TreeSet<>(Set.of(PurposeId.of(DRUGS))), null, false));
        assertThat(classOf(restricted, DRUGS)).doesNotContain(PurposeId.of(FIREARMS));
        SharingPolicy onlyDrugs = restricted(new SourceRestrictions(null, null,
                new TreeSet<>(Set.of(PurposeId.of(DRUGS))), null, false));
        assertThat(decide(onlyDrugs, SEIZURE, RNP, DRUGS).outcome()).isNotEqualTo(Outcome.DENY);
        assertThat(decide(onlyDrugs, SEIZURE, RNP, FIREARMS).outcome()).isEqualTo(Outcome.DENY);
    }

    private static List<PurposeId> classOf(List<List<PurposeId>> classes, String purpose) {
        return classes.stream().filter(c -> c.contains(PurposeId.of(purpose))).findFirst().orElseThrow();
    }

    private static void assertAlike(SharingDecision actual, SharingDecision expected) {
        assertThat(actual.outcome()).as(actual.request().toString()).isEqualTo(expected.outcome());
        assertThat(actual.agreement()).as(actual.request().toString()).isEqualTo(expected.agreement());
        assertThat(actual.conditions()).as(actual.request().toString()).isEqualTo(expected.conditions());
    }

    private static SharingPolicy restricted(SourceRestrictions r) {
        SharingPolicy policy = Ruritania.policy();
        return policy.toBuilder().putItem(with(policy.item(ItemId.of(SEIZURE)).orElseThrow(), r)).build();
    }

    private static InformationItem with(InformationItem i, SourceRestrictions r) {
        return new InformationItem(i.id(), i.title(), i.originator(), i.custody(), i.category(), i.fields(),
                i.markings(), r, i.status(), i.sourceSystem(), i.politicalCharacter());
    }

    private static SharingDecision decide(SharingPolicy policy, String item, String recipient, String purpose) {
        return SharingEngine.compile(policy).decide(request(item, recipient, purpose, LocalDate.of(2024, 5, 10)));
    }

    private static SharingRequest request(String item, String recipient, String purpose, LocalDate day) {
        return SharingRequest.builder().recipient(recipient).item(item).purpose(purpose)
                .at(day.atTime(12, 0).toInstant(ZoneOffset.UTC)).confidentialityAssured(true)
                .realIndications("recorded").build();
    }

    private static TreeSet<AgencyId> ids(String... values) {
        TreeSet<AgencyId> out = new TreeSet<>();
        for (String v : values) {
            out.add(AgencyId.of(v));
        }
        return out;
    }

}
