package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.ScoreBands;

/**
 * The post-processing step shared by the hand-written and Drools contenders of the risk comparison:
 * from the raw set of fired indicators (numbered by their position in the policy), the profile
 * scores and the lane, as {@code RiskEngine} computes them: profiles valid on the day (RR-06),
 * direct lanes when all their indicators fire, scored profiles summing their fired weights minus
 * the AEO reduction when a consignor or consignee holds an AEO authorisation of the context's
 * register valid on the day and covering the profile's threat area (RR-05: what a declaration
 * claims is not a fact), bands to lanes, "maximum hits with no selection" and the Yellow cap of a
 * single weak indicator (RR-04), the most severe lane (RR-01), the completeness lane (RR-10: a code
 * of fewer than 6 digits, a generic description, no mass, no origin, an AEO claim the register does
 * not hold) and, when data is missing and some profile could still raise the lane, the lane with the
 * missing data at its riskiest, from the fired set the contender computes that way; and the
 * reproducible random draw (RR-02: SipHash-2-4 of the reference's UTF-16LE bytes under the key
 * (seed, SplitMix64 of seed xor the golden ratio), top 53 bits, as docs/risk.md documents). It
 * computes only the score and the lane, not Passerelle's explanations (rule hits, reasons), which is
 * in the peers' favour. Immutable and thread-safe.
 */
final class RiskScoring {
    /** The result of a contender: fired indicator numbers (the first {@code count}), score and lane. */
    record Scored(int[] fired, int count, int score, Lane lane) {
    }

    /** How a contender evaluates its indicators with the missing data at its riskiest (RR-10). */
    interface Riskiest {
        /** The indicator numbers that fire on the declaration with its missing data at its riskiest. */
        int[] fired(Declaration d);
    }

    private final String[] ids;
    private final int[] weights;
    private final int[][] profilesOf;
    private final int[][] indicatorsOf;
    private final Profile[] profiles;
    private final ScoreBands[] bands;
    private final int lowWeight;
    private final int minLowWeightHits;
    private final int aeoReduction;
    private final Set<PartyRole> aeoRoles;
    private final Set<String> generic;
    private final Lane incompleteLane;
    private final RiskContext context;
    private final Map<TraderId, List<AeoAuthorisation>> register;
    private final Lane mostSevereReachable;
    private final long k0;
    private final long k1;
    private final double red;
    private final double yellow;
    private final double blue;

    RiskScoring(List<Indicator> indicators, List<Profile> profileList, RiskSettings settings, RiskContext context) {
        this.context = context;
        this.register = context.aeoRegister();
        ids = new String[indicators.size()];
        weights = new int[indicators.size()];
        Map<IndicatorId, Integer> number = new HashMap<>();
        for (int k = 0; k < ids.length; k++) {
            ids[k] = indicators.get(k).id().value();
            weights[k] = indicators.get(k).weight();
            number.put(indicators.get(k).id(), k);
        }
        profiles = profileList.toArray(new Profile[0]);
        bands = new ScoreBands[profiles.length];
        indicatorsOf = new int[profiles.length][];
        List<List<Integer>> of = new ArrayList<>();
        for (int k = 0; k < ids.length; k++) {
            of.add(new ArrayList<>());
        }
        for (int p = 0; p < profiles.length; p++) {
            if (profiles[p].intelligence() != null) {
                throw new IllegalArgumentException("intelligence-led profiles are not part of the comparison: "
                        + profiles[p].id());
            }
            bands[p] = profiles[p].bands() != null ? profiles[p].bands() : settings.bands();
            indicatorsOf[p] = profiles[p].indicators().stream().mapToInt(number::get).toArray();
            for (int k : indicatorsOf[p]) {
                of.get(k).add(p);
            }
        }
        profilesOf = new int[ids.length][];
        for (int k = 0; k < ids.length; k++) {
            profilesOf[k] = of.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        lowWeight = settings.lowWeight();
        minLowWeightHits = settings.minLowWeightHits();
        aeoReduction = settings.aeoReduction();
        aeoRoles = Set.copyOf(settings.aeoRoles());
        generic = Set.copyOf(settings.genericDescriptions());
        incompleteLane = settings.incompleteLane();
        k0 = settings.randomSeed() == null ? 0 : settings.randomSeed();
        k1 = mix64(k0 ^ 0x9e3779b97f4a7c15L);
        Lane reachable = Lane.GREEN;
        for (int p = 0; p < profiles.length; p++) {
            int all = 0;
            for (int k : indicatorsOf[p]) {
                all += weights[k];
            }
            reachable = Lane.mostSevere(reachable, profiles[p].directLane() != null ? profiles[p].directLane()
                    : bands[p].laneFor(all));
        }
        mostSevereReachable = reachable;
        red = settings.randomRate(Lane.RED);
        yellow = settings.randomRate(Lane.YELLOW);
        blue = settings.randomRate(Lane.BLUE);
    }

    /** The indicator id of a number. */
    String id(int k) {
        return ids[k];
    }

    /**
     * Scores a declaration.
     *
     * @param d the declaration
     * @param day the day of assessment
     * @param fired the fired indicator numbers, without duplicates, in the first {@code count} places
     * @param count how many fired
     * @param riskiest how the contender evaluates with the missing data at its riskiest
     */
    Scored score(Declaration d, LocalDate day, int[] fired, int count, Riskiest riskiest) {
        boolean aeoCustoms = false;
        boolean aeoSecurity = false;
        boolean incomplete = false;
        boolean missing = false;
        for (Party p : d.parties()) {
            AeoAuthorisation claimed = p.aeo();
            if (claimed != null && !registered(p, claimed, day)) {
                incomplete = true;
            }
            if (aeoRoles.contains(p.role())) {
                AeoAuthorisation aeo = context.registeredAeo(p.id(), day).orElse(null);
                if (aeo != null) {
                    aeoCustoms |= aeo.type().coversCustoms();
                    aeoSecurity |= aeo.type().coversSecurity();
                }
            }
        }
        for (GoodsItem item : d.items()) {
            boolean gap = item.commodityCode().length() < 6 || item.valuationMassKg() <= 0 || item.origin() == null;
            missing |= gap;
            incomplete |= gap || generic.contains(normalise(item.description()));
        }
        int[] result = new int[2];
        Lane riskLane = lane(day, fired, count, aeoCustoms, aeoSecurity, result);
        Lane lane = riskLane;
        if (incomplete) {
            lane = Lane.mostSevere(lane, incompleteLane);
            if (missing && mostSevereReachable.isMoreSevereThan(lane)) {
                int[] worst = riskiest.fired(d);
                lane = Lane.mostSevere(lane, lane(day, worst, worst.length, aeoCustoms, aeoSecurity, new int[2]));
            }
        }
        Lane random = randomLane(d.reference());
        if (random != null) {
            lane = Lane.mostSevere(lane, random);
        }
        return new Scored(fired, count, result[0], lane);
    }

    private boolean registered(Party p, AeoAuthorisation claimed, LocalDate day) {
        for (AeoAuthorisation a : register.getOrDefault(p.id(), List.of())) {
            if (a.type() == claimed.type() && a.isValidOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** The most severe lane of the profiles of the fired indicators; the highest score goes to {@code score[0]}. */
    private Lane lane(LocalDate day, int[] fired, int count, boolean aeoCustoms, boolean aeoSecurity, int[] score) {
        Lane riskLane = Lane.GREEN;
        int[] seen = new int[8];
        int seenCount = 0;
        for (int f = 0; f < count; f++) {
            profiles:
            for (int p : profilesOf[fired[f]]) {
                for (int i = 0; i < seenCount; i++) {
                    if (seen[i] == p) {
                        continue profiles;
                    }
                }
                if (seenCount == seen.length) {
                    seen = java.util.Arrays.copyOf(seen, seenCount * 2);
                }
                seen[seenCount++] = p;
                Profile prof = profiles[p];
                if (!prof.appliesOn(day)) {
                    continue;
                }
                int[] refs = indicatorsOf[p];
                int hits = 0;
                int sum = 0;
                boolean allLow = true;
                for (int k : refs) {
                    if (contains(fired, count, k)) {
                        hits++;
                        sum += weights[k];
                        allLow &= weights[k] < lowWeight;
                    }
                }
                Lane lane;
                int reduction = 0;
                if (prof.directLane() != null) {
                    if (hits != refs.length) {
                        continue;
                    }
                    lane = prof.directLane();
                } else {
                    boolean covered = prof.threatArea().isSecurity() ? aeoSecurity : aeoCustoms;
                    if (covered && aeoReduction > 0) {
                        reduction = Math.min(aeoReduction, sum);
                    }
                    lane = bands[p].laneFor(sum - reduction);
                    if (allLow && hits < minLowWeightHits && lane != Lane.GREEN) {
                        lane = Lane.GREEN;
                    } else if (allLow && hits == 1 && lane == Lane.RED) {
                        lane = Lane.YELLOW;
                    }
                }
                score[0] = Math.max(score[0], sum - reduction);
                riskLane = Lane.mostSevere(riskLane, lane);
            }
        }
        return riskLane;
    }

    private static boolean contains(int[] a, int count, int k) {
        for (int i = 0; i < count; i++) {
            if (a[i] == k) {
                return true;
            }
        }
        return false;
    }

    /** RR-02 as documented in docs/risk.md: SipHash-2-4 of the reference under (k0, k1), top 53 bits. */
    private Lane randomLane(String reference) {
        if (red + yellow + blue == 0) {
            return null;
        }
        double u = (sipHash(reference) >>> 11) * 0x1.0p-53;
        if (u < red) {
            return Lane.RED;
        } else if (u < red + yellow) {
            return Lane.YELLOW;
        } else if (u < red + yellow + blue) {
            return Lane.BLUE;
        }
        return null;
    }

    /** SipHash-2-4 (Aumasson and Bernstein) of the UTF-16LE bytes of a text, written from the paper's description. */
    private long sipHash(String text) {
        byte[] m = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        long[] v = {0x736f6d6570736575L ^ k0, 0x646f72616e646f6dL ^ k1, 0x6c7967656e657261L ^ k0,
            0x7465646279746573L ^ k1};
        int full = m.length / 8;
        for (int w = 0; w < full; w++) {
            long word = 0;
            for (int b = 7; b >= 0; b--) {
                word = word << 8 | (m[w * 8 + b] & 0xff);
            }
            v[3] ^= word;
            sipRound(v);
            sipRound(v);
            v[0] ^= word;
        }
        long last = (long) (m.length & 0xff) << 56;
        for (int b = full * 8; b < m.length; b++) {
            last |= (long) (m[b] & 0xff) << (8 * (b - full * 8));
        }
        v[3] ^= last;
        sipRound(v);
        sipRound(v);
        v[0] ^= last;
        v[2] ^= 0xff;
        for (int r = 0; r < 4; r++) {
            sipRound(v);
        }
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void sipRound(long[] v) {
        v[0] += v[1];
        v[1] = Long.rotateLeft(v[1], 13);
        v[1] ^= v[0];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[3];
        v[3] = Long.rotateLeft(v[3], 16);
        v[3] ^= v[2];
        v[0] += v[3];
        v[3] = Long.rotateLeft(v[3], 21);
        v[3] ^= v[0];
        v[2] += v[1];
        v[1] = Long.rotateLeft(v[1], 17);
        v[1] ^= v[2];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** RR-10's comparison form: lower case, every run of non-alphanumerics one space, trimmed. */
    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
