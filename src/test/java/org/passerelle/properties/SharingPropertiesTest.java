package org.passerelle.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.Markings;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Property;
import org.passerelle.testing.Property.Gen;
import org.passerelle.testing.SharingGen;

/**
 * Invariants of the sharing engine over generated policies and requests ({@link SharingGen}).
 *
 * <p>Each property compiles a generated policy and decides generated requests; a failure names the
 * seed and the case to replay ({@link Property}). The monotonicity properties compare a policy
 * {@code P} and a policy {@code P'} that differs from it by exactly one added restriction, on the
 * same request (which carries its instant): if {@code P} does not permit, {@code P'} does not either.
 */
class SharingPropertiesTest {
    private static final int POLICIES = 150;
    private static final int REQUESTS = 8;

    private static void forEachRequest(Gen g, SharingPolicy policy, java.util.function.Consumer<SharingRequest> check) {
        for (int i = 0; i < REQUESTS; i++) {
            check.accept(SharingGen.request(g, policy));
        }
    }

    @Test
    void noBasisNoFlow() {
        Property.forAll("no basis, no flow", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            SharingEngine engine = SharingEngine.compile(policy);
            SharingPolicy bare = PolicyEdits.withoutAgreements(policy);
            forEachRequest(g, policy, r -> {
                SharingDecision d = engine.decide(r);
                LocalDate day = LocalDate.ofInstant(r.instant(), ZoneOffset.UTC);
                if (d.isPermitted()) {
                    SharingAgreement a = policy.agreements().get(d.agreement());
                    InformationItem item = policy.items().get(r.item());
                    assertThat(a).as("the agreement relied on by a permit exists: %s", d.agreement()).isNotNull();
                    assertThat(a.isInForceOn(day)).as("%s in force on %s", a.id(), day).isTrue();
                    assertThat(a.categories()).as("categories of %s", a.id()).contains(item.category());
                    if (!a.purposes().contains(r.purpose())) {
                        assertThat(a.consentExtension() || r.emergencyJustification() != null)
                                .as("a purpose outside %s needs its consent extension", a.id()).isTrue();
                        assertThat(consented(policy, r, day) || r.emergencyJustification() != null)
                                .as("a purpose outside %s is permitted only with a consent or in an emergency",
                                        a.id()).isTrue();
                    }
                }
                boolean anyBasis = false;
                for (SharingAgreement a : policy.agreements().values()) {
                    InformationItem item = policy.items().get(r.item());
                    anyBasis |= item != null && a.isInForceOn(day) && a.categories().contains(item.category());
                }
                if (!anyBasis) {
                    assertThat(d.isPermitted()).as("no agreement in force covers the item: %s", d.explanation())
                            .isFalse();
                }
                SharingDecision none = SharingEngine.compile(bare).decide(r);
                assertThat(none.outcome()).as("a policy without agreements: %s", none.explanation())
                        .isEqualTo(Outcome.DENY);
            });
        });
    }

    private static boolean consented(SharingPolicy policy, SharingRequest r, LocalDate day) {
        for (Consent c : policy.consents().values()) {
            if (c.item().equals(r.item()) && c.recipient().equals(r.recipient()) && c.purposes().contains(r.purpose())
                    && !c.grantedOn().isAfter(day)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyDecisionNamesItsRules() {
        Property.forAll("every non-permit names a rule, every permit its agreement", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            SharingEngine engine = SharingEngine.compile(policy);
            forEachRequest(g, policy, r -> {
                SharingDecision d = engine.decide(r);
                assertThat(d.hits()).as("hits of %s", d.explanation()).isNotEmpty();
                if (d.isPermitted()) {
                    assertThat(d.agreement()).as("agreement of a permit: %s", d.explanation()).isNotNull();
                    assertThat(policy.agreements()).containsKey(d.agreement());
                    assertThat(d.explanation()).contains("Agreement relied on: " + d.agreement());
                } else {
                    boolean decisive = false;
                    for (RuleHit h : d.hits()) {
                        decisive |= h.effect() == d.outcome();
                    }
                    assertThat(decisive).as("a hit with effect %s in %s", d.outcome(), d.explanation()).isTrue();
                    assertThat(d.conditions()).as("a refusal carries no conditions").isEmpty();
                }
            });
        });
    }

    @Test
    void determinism() {
        Property.forAll("same policy, request and instant give the same decision", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            SharingEngine one = SharingEngine.compile(policy);
            SharingEngine two = SharingEngine.compile(policy.toBuilder().build());
            forEachRequest(g, policy, r -> {
                SharingDecision a = one.decide(r);
                SharingDecision b = one.decide(r);
                SharingDecision c = two.decide(r);
                assertThat(b).isEqualTo(a);
                assertThat(c).isEqualTo(a);
                assertThat(c.explanation()).isEqualTo(a.explanation());
                assertThat(c.ruleIds()).isEqualTo(a.ruleIds());
                assertThat(a.lawVersion()).isEqualTo(policy.version());
            });
        });
    }

    // ---- Monotonicity -------------------------------------------------------------------------

    /**
     * Checks that a restricted policy never permits what the original did not, on the same requests.
     *
     * @param restrict derives the restricted policy for a request, or null when the restriction does
     *        not apply to it (counted as not compared)
     */
    private static int monotone(String name, BiFunction<Gen, SharingRequest, SharingPolicy> restrictFromPolicy,
            Gen g, SharingPolicy policy) {
        return monotone(name, restrictFromPolicy, g, policy, (r, after) -> false);
    }

    /**
     * As above; {@code smallerFlow} says when a permit after the restriction is for a smaller flow
     * than the one refused before (fewer fields disclosed), which the comparison then excuses.
     */
    private static int monotone(String name, BiFunction<Gen, SharingRequest, SharingPolicy> restrictFromPolicy,
            Gen g, SharingPolicy policy, BiPredicate<SharingRequest, SharingDecision> smallerFlow) {
        SharingEngine engine = SharingEngine.compile(policy);
        int compared = 0;
        for (int i = 0; i < REQUESTS; i++) {
            SharingRequest r = SharingGen.request(g, policy);
            SharingPolicy restricted = restrictFromPolicy.apply(g, r);
            if (restricted == null) {
                continue;
            }
            SharingDecision before = engine.decide(r);
            SharingDecision after = SharingEngine.compile(restricted).decide(r);
            if (!before.isPermitted() && !smallerFlow.test(r, after)) {
                assertThat(after.isPermitted()).as("%s turned a non-permit into a permit.%nBefore: %s%nAfter: %s",
                        name, before.explanation(), after.explanation()).isFalse();
            }
            compared++;
        }
        return compared;
    }

    @Test
    void addingASourceRestrictionNeverPermitsMore() {
        int[] compared = {0};
        Property.forAll("a source restriction never turns a non-permit into a permit", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            compared[0] += monotone("a source restriction", (gen, r) -> {
                InformationItem item = policy.items().get(r.item());
                if (item == null) {
                    return null;
                }
                SourceRestrictions s = item.restrictions();
                TreeSet<AgencyId> allowed = new TreeSet<>(s.allowedRecipients());
                TreeSet<AgencyId> excluded = new TreeSet<>(s.excludedRecipients());
                TreeSet<PurposeId> purposes = new TreeSet<>(s.allowedPurposes());
                LocalDate retention = s.retentionEnd();
                boolean noFurther = s.noFurtherDissemination();
                switch (gen.nextInt(5)) {
                    case 0: // exclude an agency, often the recipient
                        AgencyId x = gen.chance(0.6) ? r.recipient() : AgencyId.of(gen.oneOf(SharingGen.agencyIds()));
                        if (allowed.contains(x) || !policy.agencies().containsKey(x)) {
                            return null;
                        }
                        excluded.add(x);
                        break;
                    case 1: // narrow a non-empty list of allowed recipients (see allowedRecipientsNameRedRecipients)
                        if (allowed.isEmpty()) {
                            return null;
                        }
                        allowed.remove(gen.chance(0.6) && allowed.contains(r.recipient()) ? r.recipient()
                                : gen.oneOf(new ArrayList<>(allowed)));
                        if (allowed.isEmpty()) {
                            return null;
                        }
                        break;
                    case 2: // restrict or narrow the allowed purposes
                        if (purposes.isEmpty()) {
                            purposes.add(PurposeId.of(gen.oneOf(SharingGen.purposeIds())));
                        } else if (purposes.size() > 1) {
                            purposes.remove(gen.oneOf(new ArrayList<>(purposes)));
                        } else {
                            return null;
                        }
                        break;
                    case 3: // shorter retention
                        LocalDate day = LocalDate.ofInstant(r.instant(), ZoneOffset.UTC);
                        LocalDate base = retention == null ? day.plusYears(3) : retention;
                        retention = base.minusDays(gen.between(1, 2000));
                        break;
                    default:
                        if (noFurther) {
                            return null;
                        }
                        noFurther = true;
                        break;
                }
                SourceRestrictions tighter = new SourceRestrictions(allowed, excluded, purposes, retention, noFurther);
                return policy.toBuilder().putItem(item.toBuilder().restrictions(tighter).build()).build();
            }, g, policy);
        });
        assertThat(compared[0]).isGreaterThan(POLICIES);
    }

    @Test
    void aStricterTlpLabelNeverPermitsMore() {
        int[] compared = {0};
        Property.forAll("a stricter TLP label never turns a non-permit into a permit", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            compared[0] += monotone("a stricter TLP label", (gen, r) -> {
                InformationItem item = policy.items().get(r.item());
                if (item == null) {
                    return null;
                }
                TlpLabel before = item.markings().tlp();
                List<TlpLabel> stricter = new ArrayList<>();
                for (TlpLabel l : TlpLabel.values()) {
                    if (before == null || l.isStricterThan(before)) {
                        stricter.add(l);
                    }
                }
                if (stricter.isEmpty()) {
                    return null;
                }
                TlpLabel after = gen.oneOf(stricter);
                Markings m = item.markings();
                Markings tighter = new Markings(after, m.handling(), m.handlingText(), m.grading());
                return policy.toBuilder().putItem(item.toBuilder().markings(tighter).build()).build();
            }, g, policy);
        });
        assertThat(compared[0]).isGreaterThan(POLICIES);
    }

    @Test
    void aShorterValidityNeverPermitsMore() {
        int[] compared = {0};
        Property.forAll("a shorter validity never turns a non-permit into a permit", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            compared[0] += monotone("a shorter validity", (gen, r) -> {
                SharingAgreement a = gen.oneOf(new ArrayList<>(policy.agreements().values()));
                return policy.toBuilder().putAgreement(SharingGen.shorterValidity(gen, a)).build();
            }, g, policy);
        });
        assertThat(compared[0]).isGreaterThan(POLICIES);
    }

    /**
     * Removing a purpose from an agreement also removes the personal fields the agreement listed as
     * necessary for it (an agreement cannot list fields for a purpose it does not permit), so SR-27
     * then redacts them: a request for that purpose becomes a request for less data, which rules on
     * personal data (SR-10, SR-28) may no longer refuse. Such a permit is compared as a smaller flow:
     * it is excused only if it redacts a personal field that the original agreement disclosed for
     * the purpose.
     */
    @Test
    void removingAPurposeNeverPermitsMore() {
        int[] compared = {0};
        Property.forAll("removing a purpose never turns a non-permit into a permit", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            SharingAgreement[] original = new SharingAgreement[1];
            PurposeId[] removed = new PurposeId[1];
            compared[0] += monotone("removing a purpose", (gen, r) -> {
                SharingAgreement a = gen.oneOf(new ArrayList<>(policy.agreements().values()));
                PurposeId p = gen.chance(0.7) && a.purposes().contains(r.purpose()) ? r.purpose()
                        : gen.oneOf(new ArrayList<>(a.purposes()));
                SharingAgreement narrower = SharingGen.withoutPurpose(a, p);
                original[0] = a;
                removed[0] = p;
                return narrower == null ? null : policy.toBuilder().putAgreement(narrower).build();
            }, g, policy, (r, after) -> after.isPermitted() && original[0].id().equals(after.agreement())
                    && r.purpose().equals(removed[0]) && original[0].personalFieldsFor(removed[0]).stream()
                            .anyMatch(after.redactedFields()::contains));
        });
        assertThat(compared[0]).isGreaterThan(POLICIES / 2);
    }

    @Test
    void removingAnAgreementNeverPermitsMore() {
        int[] compared = {0};
        Property.forAll("removing an agreement never turns a non-permit into a permit", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            compared[0] += monotone("removing an agreement", (gen, r) -> {
                AgreementId gone = gen.oneOf(new ArrayList<>(policy.agreements().keySet()));
                return PolicyEdits.withoutAgreement(policy, gone);
            }, g, policy);
        });
        assertThat(compared[0]).isGreaterThan(POLICIES / 2);
    }

    /** Policy edits the properties need that the builders do not offer. */
    static final class PolicyEdits {
        private PolicyEdits() {
        }

        /** Returns the policy without agreements: no objection, and items received under nothing named. */
        static SharingPolicy withoutAgreements(SharingPolicy policy) {
            List<InformationItem> items = new ArrayList<>();
            for (InformationItem item : policy.items().values()) {
                List<org.passerelle.sharing.CustodyHop> hops = new ArrayList<>();
                for (org.passerelle.sharing.CustodyHop h : item.custody()) {
                    hops.add(new org.passerelle.sharing.CustodyHop(h.holder(), null, h.receivedOn()));
                }
                items.add(new InformationItem(item.id(), item.title(), item.originator(), hops, item.category(),
                        item.fields(), item.markings(), item.restrictions(), item.status(), item.sourceSystem(),
                        item.politicalCharacter()));
            }
            return SharingPolicy.builder().agencies(policy.agencies().values().toArray(new org.passerelle.model.Agency[0]))
                    .purposes(policy.purposes().values().toArray(new org.passerelle.sharing.Purpose[0]))
                    .items(items.toArray(new InformationItem[0]))
                    .consents(policy.consents().values().toArray(new Consent[0]))
                    .legalAreas(policy.legalAreas().values().toArray(new org.passerelle.sharing.LegalArea[0])).build();
        }

        /**
         * Returns the policy without an agreement and the objections made under it, or null when an
         * item was received under it (the item would then refer to nothing).
         */
        static SharingPolicy withoutAgreement(SharingPolicy policy, AgreementId gone) {
            for (InformationItem item : policy.items().values()) {
                if (item.custody().stream().anyMatch(h -> gone.equals(h.receivedUnder()))) {
                    return null;
                }
            }
            List<SharingAgreement> agreements = new ArrayList<>(policy.agreements().values());
            agreements.removeIf(a -> a.id().equals(gone));
            List<Objection> objections = new ArrayList<>(policy.objections().values());
            objections.removeIf(o -> o.agreement().equals(gone));
            return SharingPolicy.builder().agencies(policy.agencies().values().toArray(new org.passerelle.model.Agency[0]))
                    .purposes(policy.purposes().values().toArray(new org.passerelle.sharing.Purpose[0]))
                    .agreements(agreements.toArray(new SharingAgreement[0]))
                    .items(policy.items().values().toArray(new InformationItem[0]))
                    .consents(policy.consents().values().toArray(new Consent[0]))
                    .objections(objections.toArray(new Objection[0]))
                    .legalAreas(policy.legalAreas().values().toArray(new org.passerelle.sharing.LegalArea[0])).build();
        }
    }
}
