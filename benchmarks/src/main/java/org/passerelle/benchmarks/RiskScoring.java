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
import org.passerelle.risk.Indicator;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.ScoreBands;

/**
 * The post-processing step shared by the hand-written and Drools contenders of the risk comparison:
 * from the raw set of fired indicators (numbered by their position in the policy), the profile
 * scores and the lane, as {@code RiskEngine} computes them: profiles valid on the day (RR-06),
 * direct lanes when all their indicators fire, scored profiles summing their fired weights minus
 * the AEO reduction when a consignor or consignee holds a valid AEO covering the profile's threat
 * area (RR-05), bands to lanes, "maximum hits with no selection" and the Yellow cap of a single
 * weak indicator (RR-04), the most severe lane (RR-01), the completeness lane (RR-10) and the
 * reproducible random draw (RR-02, the documented FNV-1a/SplitMix64 draw). It computes only the
 * score and the lane, not Passerelle's explanations (rule hits, reasons), which is in the peers'
 * favour. Immutable and thread-safe.
 */
final class RiskScoring {
    /** The result of a contender: fired indicator numbers (the first {@code count}), score and lane. */
    record Scored(int[] fired, int count, int score, Lane lane) {
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
    private final long seedMix;
    private final double red;
    private final double yellow;
    private final double blue;

    RiskScoring(List<Indicator> indicators, List<Profile> profileList, RiskSettings settings) {
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
        seedMix = mix64(settings.randomSeed());
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
     */
    Scored score(Declaration d, LocalDate day, int[] fired, int count) {
        boolean aeoCustoms = false;
        boolean aeoSecurity = false;
        for (Party p : d.parties()) {
            AeoAuthorisation aeo = p.aeo();
            if (aeo != null && aeoRoles.contains(p.role()) && aeo.isValidOn(day)) {
                aeoCustoms |= aeo.type().coversCustoms();
                aeoSecurity |= aeo.type().coversSecurity();
            }
        }
        Lane riskLane = Lane.GREEN;
        int score = 0;
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
                score = Math.max(score, sum - reduction);
                riskLane = Lane.mostSevere(riskLane, lane);
            }
        }
        Lane lane = riskLane;
        for (GoodsItem item : d.items()) {
            if (item.commodityCode().length() < 6 || generic.contains(normalise(item.description()))) {
                lane = Lane.mostSevere(lane, incompleteLane);
                break;
            }
        }
        Lane random = randomLane(d.reference());
        if (random != null) {
            lane = Lane.mostSevere(lane, random);
        }
        return new Scored(fired, count, score, lane);
    }

    private static boolean contains(int[] a, int count, int k) {
        for (int i = 0; i < count; i++) {
            if (a[i] == k) {
                return true;
            }
        }
        return false;
    }

    /** RR-02 as documented in docs/risk.md: FNV-1a 64 of the reference, xored with the mixed seed, mixed, top 53 bits. */
    private Lane randomLane(String reference) {
        if (red + yellow + blue == 0) {
            return null;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < reference.length(); i++) {
            h ^= reference.charAt(i);
            h *= 0x100000001b3L;
        }
        double u = (mix64(h ^ seedMix) >>> 11) * 0x1.0p-53;
        if (u < red) {
            return Lane.RED;
        } else if (u < red + yellow) {
            return Lane.YELLOW;
        } else if (u < red + yellow + blue) {
            return Lane.BLUE;
        }
        return null;
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
