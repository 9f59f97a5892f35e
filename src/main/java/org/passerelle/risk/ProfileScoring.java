package org.passerelle.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The profile scoring part of a compiled engine: which profiles the fired indicators belong to, and
 * how each profile turns its fired indicators into a lane (RR-04 to RR-07, RR-11).
 *
 * <p>Indicator {@code k} and profile {@code p} are numbered as in the {@link CriterionIndex}; each
 * indicator carries its precomputed {@link FiredIndicator} and whether it tests undervaluation. An
 * assessment visits only the profiles of fired indicators, in the engine's order. Immutable and
 * thread-safe.
 */
final class ProfileScoring {
    private static final Comparator<FiredIndicator> HEAVIEST_FIRST = (a, b) -> Integer.compare(b.weight(), a.weight());

    private final FiredIndicator[] fired;
    private final boolean[] undervaluation;
    private final int[][] profilesOfIndicator;
    private final int[][] indicatorsOfProfile;
    private final Profile[] profiles;
    private final ScoreBands[] bandsOfProfile;
    private final int lowWeight;
    private final int minLowWeightHits;
    private final int aeoReduction;
    private final Lane mostSevereReachable;

    /** What the profiles of one pass over the indicators give. */
    static final class Outcome {
        final List<FiredProfile> matched = new ArrayList<>();
        final List<WithheldProfile> withheld = new ArrayList<>(0);
        final List<RiskRuleHit> hits;
        Lane riskLane = Lane.GREEN;
        ProfileId decisive;
        int score;
        boolean undervalued;

        Outcome(List<RiskRuleHit> hits) {
            this.hits = hits;
        }
    }

    /**
     * Compiles the scoring of the profiles over the numbered indicators ({@code number} gives each
     * indicator id its number in {@code indicators}).
     */
    ProfileScoring(List<Indicator> indicators, Map<IndicatorId, Integer> number, List<Profile> profiles,
            RiskSettings settings) {
        int n = indicators.size();
        this.fired = new FiredIndicator[n];
        this.undervaluation = new boolean[n];
        List<List<Integer>> profilesOf = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            fired[k] = FiredIndicator.of(indicators.get(k));
            undervaluation[k] = Compiler.mentionsUndervaluation(indicators.get(k).criterion());
            profilesOf.add(new ArrayList<>());
        }
        this.profiles = profiles.toArray(new Profile[0]);
        this.indicatorsOfProfile = new int[this.profiles.length][];
        this.bandsOfProfile = new ScoreBands[this.profiles.length];
        for (int p = 0; p < this.profiles.length; p++) {
            Profile prof = this.profiles[p];
            int[] refs = new int[prof.indicators().size()];
            int j = 0;
            for (IndicatorId ref : prof.indicators()) {
                refs[j++] = number.get(ref);
                profilesOf.get(number.get(ref)).add(p);
            }
            indicatorsOfProfile[p] = refs;
            bandsOfProfile[p] = prof.bands() != null ? prof.bands() : settings.bands();
        }
        this.profilesOfIndicator = new int[n][];
        for (int k = 0; k < n; k++) {
            profilesOfIndicator[k] = CriterionIndex.toArray(profilesOf.get(k));
        }
        this.lowWeight = settings.lowWeight();
        this.minLowWeightHits = settings.minLowWeightHits();
        this.aeoReduction = settings.aeoReduction();
        Lane reachable = Lane.GREEN;
        for (int p = 0; p < this.profiles.length; p++) {
            Profile prof = this.profiles[p];
            int all = 0;
            for (int k : indicatorsOfProfile[p]) {
                all += fired[k].weight();
            }
            reachable = Lane.mostSevere(reachable, prof.directLane() != null ? prof.directLane()
                    : bandsOfProfile[p].laneFor(all));
        }
        this.mostSevereReachable = reachable;
    }

    /**
     * Returns the most severe lane any profile can give: its direct lane, or the lane of its score
     * with every indicator fired and no reduction. A lane at least this severe cannot be raised by
     * scoring more indicators, which spares the riskiest pass of RR-10 when it could change nothing.
     */
    Lane mostSevereReachable() {
        return mostSevereReachable;
    }

    /** Returns how many profiles are compiled. */
    int size() {
        return profiles.length;
    }

    /** Scores the profiles of the fired indicators (RR-04 to RR-07) into an outcome. */
    void score(Scratch w, RiskContext context, LocalDate day, boolean aeoCustoms, boolean aeoSecurity, Outcome out) {
        List<RiskRuleHit> hits = out.hits;
        for (int i = 0, firedCount = w.firedCount(); i < firedCount; i++) {
            for (int p : profilesOfIndicator[w.fired(i)]) {
                w.addProfile(p);
            }
        }
        for (int c = 0, count = w.sortProfiles(); c < count; c++) {
            int p = w.profile(c);
            Profile prof = profiles[p];
            String withdrawn = prof.appliesOn(day) ? context.intelligenceWithdrawn(prof.intelligence(), day) : null;
            if (!prof.appliesOn(day) || withdrawn != null) {
                RiskRuleHit stopped = new RiskRuleHit(RiskRule.RR_06, "profile " + prof.id() + " not applied: "
                        + (withdrawn != null ? withdrawn : "outside its validity window or its intelligence's retention"));
                if (prof.isRestricted()) {
                    // Restricted intelligence: the record that it stopped applying is withheld with it (RR-07).
                    out.withheld.add(new WithheldProfile(prof.id(), prof.intelligence().item(),
                            prof.intelligence().markings(), List.of(), List.of(stopped)));
                } else {
                    hits.add(stopped);
                }
                continue;
            }
            int[] refs = indicatorsOfProfile[p];
            List<FiredIndicator> firedHere = new ArrayList<>(Math.min(refs.length, 16));
            int sum = 0;
            boolean allLow = true;
            boolean underHere = false;
            for (int k : candidates(w, p, refs)) {
                if (w.hasFired(k)) {
                    FiredIndicator f = fired[k];
                    firedHere.add(f);
                    sum += f.weight();
                    allLow &= f.weight() < lowWeight;
                    underHere |= undervaluation[k];
                }
            }
            Lane lane;
            int reduction = 0;
            if (prof.directLane() != null) {
                if (firedHere.size() != refs.length) {
                    continue;
                }
                lane = prof.directLane();
            } else {
                boolean covered = prof.threatArea().isSecurity() ? aeoSecurity : aeoCustoms;
                if (covered && aeoReduction > 0) {
                    if (prof.isIntelligenceLed()) {
                        hits.add(new RiskRuleHit(RiskRule.RR_05, "no AEO reduction on intelligence-led profile "
                                + prof.id()));
                    } else {
                        reduction = Math.min(aeoReduction, sum);
                        hits.add(new RiskRuleHit(RiskRule.RR_05, "AEO reduction of " + reduction
                                + " points on profile " + prof.id()));
                    }
                }
                lane = bandsOfProfile[p].laneFor(sum - reduction);
                if (prof.scorecard()) {
                    firedHere.sort(HEAVIEST_FIRST);
                } else if (allLow && firedHere.size() < minLowWeightHits && lane != Lane.GREEN) {
                    hits.add(new RiskRuleHit(RiskRule.RR_04, "profile " + prof.id() + ": " + firedHere.size()
                            + " low-weight hit(s), fewer than " + minLowWeightHits + ", route nowhere"));
                    lane = Lane.GREEN;
                } else if (allLow && firedHere.size() == 1 && lane == Lane.RED) {
                    hits.add(new RiskRuleHit(RiskRule.RR_04, "profile " + prof.id()
                            + ": a single weak indicator never reaches Red; lane Yellow"));
                    lane = Lane.YELLOW;
                }
            }
            int profileScore = sum - reduction;
            if (prof.isRestricted()) {
                hits.add(new RiskRuleHit(RiskRule.RR_07, "profile " + prof.id()
                        + ": restricted intelligence, examiner text only"));
                out.matched.add(new FiredProfile(prof.id(), prof.threatArea(), lane, profileScore, reduction, true,
                        true, prof.examinerText(), List.of(), prof.scorecard()));
                out.withheld.add(new WithheldProfile(prof.id(), prof.intelligence().item(),
                        prof.intelligence().markings(), firedHere));
            } else {
                String reason = prof.examinerText() != null ? prof.examinerText() : prof.title();
                out.matched.add(new FiredProfile(prof.id(), prof.threatArea(), lane, profileScore, reduction,
                        prof.isIntelligenceLed(), false, reason, firedHere, prof.scorecard()));
                out.undervalued |= underHere;
            }
            out.score = Math.max(out.score, profileScore);
            if (lane.isMoreSevereThan(out.riskLane)) {
                out.riskLane = lane;
                out.decisive = prof.id();
            }
        }
    }

    /**
     * Returns the indicators of profile {@code p} to look at, in the profile's numbering order: all
     * of them, or for a large profile (a learned scorecard) only the fired ones that belong to it.
     */
    private int[] candidates(Scratch w, int p, int[] refs) {
        int firedCount = w.firedCount();
        if (refs.length <= 2 * firedCount + 16) {
            return refs;
        }
        int[] candidates = new int[firedCount];
        int m = 0;
        for (int i = 0; i < firedCount; i++) {
            int k = w.fired(i);
            for (int q : profilesOfIndicator[k]) {
                if (q == p) {
                    candidates[m++] = k;
                    break;
                }
            }
        }
        candidates = Arrays.copyOf(candidates, m);
        Arrays.sort(candidates);
        return candidates;
    }
}
