package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TransportMode;
import org.passerelle.testing.Property;
import org.passerelle.testing.Property.Gen;

/**
 * Invariants of the risk engine over generated indicator sets, profiles, engine settings and
 * declarations (the SC-10 world of {@link Fixtures}, varied).
 *
 * <p><b>Adding an indicator to what fired.</b> The engine scores a profile by the weights of its
 * indicators that fire (never negative), takes the AEO reduction as {@code min(reduction, sum)}, and
 * routes a profile whose hits are all low-weight and too few nowhere, or a single weak hit at most to
 * Yellow; a direct profile fires when all its indicators fire. Each of these is monotone in the set
 * of fired indicators of the profile, so the property compares engine {@code E} with engine
 * {@code E'} whose only difference is one more indicator in one profile, an indicator that fires on
 * the declaration by construction (its criterion is made from the declaration's own origin,
 * commodity code or transport mode); same declaration, context, instant and seed. {@code E'} never
 * gives a less severe lane or risk lane. An added indicator that does not fire is not "added to what
 * fired": it would rightly stop a direct profile.
 */
class RiskPropertiesTest {
    private static final int CASES = 400;
    private static final String[] HS = {"2403.11.00", "0803.10.10", "9303.20.10", "3004.90.00", "8471.30.00"};
    private static final String[] ORIGINS = {"EG", "CN", "TR", "DE", "CO"};

    @Test
    void theLaneNeverDropsWhenAnIndicatorIsAddedToWhatFired() {
        int[] fired = {0};
        Property.forAll("adding a fired indicator never lowers the lane", CASES, g -> {
            Declaration d = declaration(g);
            List<Indicator> indicators = indicators(g);
            List<Profile> profiles = profiles(g, indicators);
            long seed = g.nextLong();
            Settings s = new Settings(g);
            Indicator added = firing(g, d);
            int target = g.nextInt(profiles.size());
            List<Profile> more = new ArrayList<>(profiles);
            more.set(target, withIndicator(profiles.get(target), added.id().value()));
            List<Indicator> moreIndicators = new ArrayList<>(indicators);
            moreIndicators.add(added);

            Assessment before = s.engine(indicators, profiles, seed).assess(d, Fixtures.context(), Fixtures.NOW);
            Assessment after = s.engine(moreIndicators, more, seed).assess(d, Fixtures.context(), Fixtures.NOW);
            if (after.firedIndicators().stream().anyMatch(f -> f.id().equals(added.id()))) {
                fired[0]++;
            }
            assertThat(before.riskLane().isMoreSevereThan(after.riskLane()))
                    .as("risk lane dropped from %s to %s%nbefore: %s%nafter: %s", before.riskLane(), after.riskLane(),
                            before.explanation(), after.explanation()).isFalse();
            assertThat(before.lane().isMoreSevereThan(after.lane()))
                    .as("lane dropped from %s to %s", before.lane(), after.lane()).isFalse();
            assertThat(after.isRandom()).isEqualTo(before.isRandom());
        });
        assertThat(fired[0]).as("cases where the added indicator was seen firing").isGreaterThan(CASES / 4);
    }

    @Test
    void theRandomDrawDependsOnlyOnTheReferenceAndTheSeed() {
        Property.forAll("random selection depends only on reference and seed", CASES, g -> {
            long seed = g.nextLong();
            double rate = g.between(1, 50) / 100.0;
            Declaration d = declaration(g);
            Declaration other = declaration(g, d.reference());
            RiskEngine a = RiskEngine.builder().randomSeed(seed).randomRate(Lane.YELLOW, rate).build();
            Settings s = new Settings(g);
            List<Indicator> indicators = indicators(g);
            RiskEngine b = RiskEngine.builder().indicators(indicators).profiles(profiles(g, indicators))
                    .bands(ScoreBands.of(70, 40, 20)).lowWeight(s.lowWeight).aeoReduction(s.aeoReduction)
                    .randomSeed(seed).randomRate(Lane.YELLOW, rate).build();
            Assessment x = a.assess(d, Fixtures.context(), Fixtures.NOW);
            Assessment y = b.assess(other, RiskContext.builder().build(), Fixtures.NOW.plusSeconds(g.between(0, 1 << 20)));
            assertThat(y.randomLane()).as("same reference %s and seed %s", d.reference(), seed).isEqualTo(x.randomLane());
            RandomSelection r = new RandomSelection(seed, 0, rate, 0);
            assertThat(r.draw(d.reference())).isEqualTo(new RandomSelection(seed, 0.5, 0.1, 0.1).draw(d.reference()));
        });
    }

    // ---- generators -----------------------------------------------------------------------------

    /** The engine-wide settings of a case, applied identically to both engines compared. */
    private static final class Settings {
        final int lowWeight;
        final int minLowWeightHits;
        final int aeoReduction;
        final double randomRate;

        Settings(Gen g) {
            lowWeight = g.between(0, 40);
            minLowWeightHits = g.between(1, 3);
            aeoReduction = g.chance(0.5) ? g.between(1, 40) : 0;
            randomRate = g.chance(0.3) ? g.between(1, 20) / 100.0 : 0;
        }

        RiskEngine engine(List<Indicator> indicators, List<Profile> profiles, long seed) {
            return RiskEngine.builder().indicators(indicators).profiles(profiles).bands(ScoreBands.of(70, 40, 20))
                    .lowWeight(lowWeight).minLowWeightHits(minLowWeightHits).aeoReduction(aeoReduction)
                    .randomSeed(seed).randomRate(Lane.RED, randomRate).build();
        }
    }

    private static List<Indicator> indicators(Gen g) {
        List<Indicator> all = new ArrayList<>();
        all.add(Indicator.of("HS-TOBACCO", ThreatArea.TOBACCO, weight(g), "tobacco", Criterion.hsPrefix("2403")));
        all.add(Indicator.of("HS-ARMS", ThreatArea.WEAPONS, weight(g), "arms", Criterion.hsPrefix("93")));
        all.add(Indicator.of("ORIGIN", ThreatArea.NARCOTICS, weight(g), "origin",
                Criterion.originCountry(g.oneOf(ORIGINS), g.oneOf(ORIGINS))));
        all.add(Indicator.of("HUB", ThreatArea.TOBACCO, weight(g), "hub", Criterion.transhipmentHub(Fixtures.HUB)));
        all.add(Indicator.of("NEW", ThreatArea.REVENUE, weight(g), "new", Criterion.newTrader(90, PartyRole.CONSIGNEE)));
        all.add(Indicator.of("LOW-VALUE", ThreatArea.REVENUE, weight(g), "value", Criterion.undervaluation(0.5)));
        all.add(Indicator.of("PAYER", ThreatArea.REVENUE, weight(g), "payer", Criterion.thirdPartyPayment()));
        all.add(Indicator.of("NOT-SEA", ThreatArea.SECURITY, weight(g), "not sea",
                Criterion.not(Criterion.transportMode(TransportMode.SEA))));
        return all;
    }

    private static int weight(Gen g) {
        return g.chance(0.3) ? g.between(0, 19) : g.between(0, 120);
    }

    private static List<Profile> profiles(Gen g, List<Indicator> indicators) {
        List<String> ids = new ArrayList<>();
        indicators.forEach(i -> ids.add(i.id().value()));
        int n = g.between(1, 4);
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Profile.Builder b = Profile.builder("P-" + i).title("profile " + i).owner("RCA-RTC")
                    .threatArea(g.oneOf(ThreatArea.values())).indicators(g.nonEmptySubset(ids).toArray(new String[0]))
                    .valid(LocalDate.parse("2024-01-01"), null);
            if (g.chance(0.3)) {
                b.directLane(g.oneOf(Lane.RED, Lane.YELLOW, Lane.BLUE));
            } else if (g.chance(0.5)) {
                int blue = g.between(1, 60);
                int yellow = blue + g.between(0, 60);
                b.bands(ScoreBands.of(yellow + g.between(0, 60), yellow, blue));
            }
            profiles.add(b.build());
        }
        return profiles;
    }

    private static Profile withIndicator(Profile p, String indicator) {
        List<String> ids = new ArrayList<>();
        p.indicators().forEach(i -> ids.add(i.value()));
        ids.add(indicator);
        return new Profile(p.id(), p.title(), p.owner(), p.threatArea(), new java.util.TreeSet<>(p.indicators()) {
            private static final long serialVersionUID = 1L;
            {
                add(IndicatorId.of(indicator));
            }
        }, p.bands(), p.directLane(), p.validFrom(), p.validTo(), p.intelligence(), p.examinerText());
    }

    /** An indicator that fires on the declaration, whatever else is true of it. */
    private static Indicator firing(Gen g, Declaration d) {
        GoodsItem item = d.items().get(0);
        Criterion c;
        switch (g.nextInt(3)) {
            case 0:
                c = Criterion.originCountry(item.origin().code());
                break;
            case 1:
                c = Criterion.hsPrefix(item.commodityCode().replace(".", "").substring(0, 4));
                break;
            default:
                c = Criterion.transportMode(d.transport().mode());
                break;
        }
        return Indicator.of("ADDED", g.oneOf(ThreatArea.values()), weight(g), "added", c);
    }

    private static Declaration declaration(Gen g) {
        return declaration(g, "LRN-" + Long.toHexString(g.nextLong()));
    }

    private static Declaration declaration(Gen g, String reference) {
        Party consignee = g.chance(0.5) ? Fixtures.newConsignee() : Fixtures.aeoConsignee();
        Declaration.Builder b = Declaration.builder(reference).lodgedAt(Fixtures.NOW.minusSeconds(3600))
                .party(consignee)
                .party(Party.company(PartyRole.CONSIGNOR, Fixtures.CONSIGNOR, "Nile Leaf Exports", "EG"))
                .item(GoodsItem.builder(1).commodityCode(g.oneOf(HS)).description("tobacco product")
                        .quantity(1000, "CT").mass(10500, 10000)
                        .value(new BigDecimal(g.between(1000, 300000)).setScale(2).toPlainString(), "EUR")
                        .origin(g.oneOf(ORIGINS)).build());
        Declaration base = Fixtures.tobacco(reference, consignee, "1000.00").build();
        b.itinerary(base.itinerary()).transport(g.chance(0.7) ? base.transport()
                : new org.passerelle.model.TransportMeans(TransportMode.AIR, "FLIGHT-1", null, "F1"));
        if (g.chance(0.4)) {
            b.payment(org.passerelle.model.Payment.of(org.passerelle.model.Payment.Subject.TRANSPORT_CHARGES,
                    org.passerelle.model.PaymentMethod.BANK_TRANSFER)
                    .paidBy(Fixtures.UNRELATED_PAYER, "Sunrise General Trading FZE", "AE"));
        }
        return b.build();
    }
}
