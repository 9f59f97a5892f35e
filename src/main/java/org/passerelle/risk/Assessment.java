package org.passerelle.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of assessing a declaration: the lane, the score, the profiles and indicators that
 * fired with their reasons, whether the declaration was selected at random, the completeness
 * findings, the rules that shaped the outcome and a plain-language explanation.
 *
 * <p>Everything but {@link #withheld()} is safe to show an examiner: for a profile whose
 * intelligence is restricted (RR-07) only its sanitised text appears, and the intelligence
 * reference with the indicators behind it is kept in {@link #withheld()}, to be handled under the
 * item's own markings. The engine decides; the caller acts. This type is immutable and
 * thread-safe.
 */
public final class Assessment {
    /** How many contributions of a scorecard the explanation lists, heaviest first. */
    static final int SCORECARD_SHOWN = 5;

    private final String declaration;
    private final Instant asOf;
    private final Lane lane;
    private final Lane riskLane;
    private final int score;
    private final Lane randomLane;
    private final boolean priority;
    private final List<CompletenessFinding> findings;
    private final List<FiredProfile> profiles;
    private final List<WithheldProfile> withheld;
    private final List<RiskRuleHit> ruleHits;
    private final List<LaneChange> changes;

    Assessment(String declaration, Instant asOf, Lane lane, Lane riskLane, int score, Lane randomLane,
            boolean priority, List<CompletenessFinding> findings, List<FiredProfile> profiles,
            List<WithheldProfile> withheld, List<RiskRuleHit> ruleHits) {
        this(declaration, asOf, lane, riskLane, score, randomLane, priority, findings, profiles, withheld, ruleHits,
                List.of());
    }

    private Assessment(String declaration, Instant asOf, Lane lane, Lane riskLane, int score, Lane randomLane,
            boolean priority, List<CompletenessFinding> findings, List<FiredProfile> profiles,
            List<WithheldProfile> withheld, List<RiskRuleHit> ruleHits, List<LaneChange> changes) {
        this.declaration = declaration;
        this.asOf = asOf;
        this.lane = lane;
        this.riskLane = riskLane;
        this.score = score;
        this.randomLane = randomLane;
        this.priority = priority;
        this.findings = List.copyOf(findings);
        this.profiles = List.copyOf(profiles);
        this.withheld = List.copyOf(withheld);
        this.ruleHits = List.copyOf(ruleHits);
        this.changes = List.copyOf(changes);
    }

    /** Returns a copy that records a lane change, with its RR-01 rule hit; the caller has checked it. */
    Assessment withChange(LaneChange change) {
        List<LaneChange> c = new ArrayList<>(changes);
        c.add(change);
        List<RiskRuleHit> h = new ArrayList<>(ruleHits);
        h.add(new RiskRuleHit(RiskRule.RR_01, "lane changed from " + lane() + " to " + change.lane() + " by officer "
                + change.officer() + " (" + change.role() + ") at " + change.at() + ": " + change.reason()));
        return new Assessment(declaration, asOf, lane, riskLane, score, randomLane, priority, findings, profiles,
                withheld, h, c);
    }

    /**
     * Returns the reference of the declaration assessed (its MRN, else its LRN).
     *
     * @return the reference, not null
     */
    public String declarationReference() {
        return declaration;
    }

    /**
     * Returns the instant the assessment was made as of.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Returns the lane: the lane of the last recorded {@linkplain #laneChanges() lane change}, or
     * else the {@linkplain #assessedLane() assessed lane} (RR-01).
     *
     * @return the lane, not null
     */
    public Lane lane() {
        return changes.isEmpty() ? lane : changes.get(changes.size() - 1).lane();
    }

    /**
     * Returns the lane the engine assessed: the most severe of the profiles' lanes, the
     * completeness lane and the random lane (RR-01), before any later change.
     *
     * @return the lane, not null
     */
    public Lane assessedLane() {
        return lane;
    }

    /**
     * Returns the lane changes made after the assessment by officers in authorised roles (RR-01),
     * oldest first: the audit trail of the lane.
     *
     * @return the changes, empty when the lane was never changed
     */
    public List<LaneChange> laneChanges() {
        return changes;
    }

    /**
     * Returns when the declaration entered its current lane: the last change, or the assessment.
     *
     * @return the instant, not null
     */
    Instant laneSince() {
        return changes.isEmpty() ? asOf : changes.get(changes.size() - 1).at();
    }

    /**
     * Returns the lane the matched profiles alone call for, before completeness and random selection.
     *
     * @return the lane, Green when no profile selected the declaration
     */
    public Lane riskLane() {
        return riskLane;
    }

    /**
     * Returns the score: the highest score of the matched profiles, after AEO reductions.
     *
     * @return the score, 0 when no profile matched
     */
    public int score() {
        return score;
    }

    /**
     * Returns whether the declaration was selected at random (RR-02), whatever its risk lane.
     *
     * @return whether it was selected at random
     */
    public boolean isRandom() {
        return randomLane != null;
    }

    /**
     * Returns the lane the random selection drew.
     *
     * @return the lane, or empty when not selected at random
     */
    public Optional<Lane> randomLane() {
        return Optional.ofNullable(randomLane);
    }

    /**
     * Returns whether the declaration is selected and an AEO holder is entitled to priority
     * treatment (RR-05).
     *
     * @return whether priority applies
     */
    public boolean isPriority() {
        return priority;
    }

    /**
     * Returns whether the declaration passed the completeness check (RR-10).
     *
     * @return whether it is complete
     */
    public boolean isComplete() {
        return findings.isEmpty();
    }

    /**
     * Returns the completeness findings (RR-10); each calls for a request for information.
     *
     * @return the findings, empty when complete
     */
    public List<CompletenessFinding> completenessFindings() {
        return findings;
    }

    /**
     * Returns the profiles that matched, as an examiner may see them.
     *
     * @return the profiles, in the engine's order
     */
    public List<FiredProfile> firedProfiles() {
        return profiles;
    }

    /**
     * Returns a matched profile.
     *
     * @param id the profile's identifier, not null
     * @return the profile, or empty when it did not match
     */
    public Optional<FiredProfile> firedProfile(String id) {
        for (FiredProfile p : profiles) {
            if (p.id().value().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the indicators that fired in the profiles an examiner may see, each once.
     *
     * @return the indicators, not null
     */
    public List<FiredIndicator> firedIndicators() {
        Map<IndicatorId, FiredIndicator> all = new LinkedHashMap<>();
        for (FiredProfile p : profiles) {
            for (FiredIndicator i : p.indicators()) {
                all.putIfAbsent(i.id(), i);
            }
        }
        return List.copyOf(all.values());
    }

    /**
     * Returns the rules that shaped the assessment.
     *
     * @return the rule hits, in order
     */
    public List<RiskRuleHit> ruleHits() {
        return ruleHits;
    }

    /**
     * Returns whether a rule shaped the assessment.
     *
     * @param rule the rule, not null
     * @return whether it did
     */
    public boolean hasRuleHit(RiskRule rule) {
        for (RiskRuleHit h : ruleHits) {
            if (h.rule() == rule) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns what is withheld from examiners for profiles with restricted intelligence (RR-07).
     *
     * @return the withheld parts, to be handled under their own markings
     */
    public List<WithheldProfile> withheld() {
        return withheld;
    }

    /**
     * Returns a plain-language explanation for an examiner; it never contains the intelligence,
     * title or indicators of a profile with restricted intelligence.
     *
     * @return the explanation, not null
     */
    public String explanation() {
        StringBuilder b = new StringBuilder();
        b.append("Declaration ").append(declaration).append(": lane ").append(lane());
        if (score > 0) {
            b.append(", score ").append(score);
        }
        b.append('.');
        if (profiles.isEmpty()) {
            b.append("\n- No profile matched.");
        }
        for (FiredProfile p : profiles) {
            b.append("\n- Profile ").append(p.id()).append(" -> ").append(p.lane());
            if (p.score() > 0 || p.aeoReduction() > 0) {
                b.append(" (score ").append(p.score());
                if (p.aeoReduction() > 0) {
                    b.append(" after an AEO reduction of ").append(p.aeoReduction());
                }
                b.append(')');
            }
            b.append(": ").append(p.reason());
            if (p.scorecard() && !p.indicators().isEmpty()) {
                int shown = Math.min(SCORECARD_SHOWN, p.indicators().size());
                b.append(" [additive scorecard, weights fitted jointly: ").append(p.indicators().size())
                        .append(" indicator(s) fired; heaviest contributions: ");
                List<String> parts = new ArrayList<>();
                for (FiredIndicator i : p.indicators().subList(0, shown)) {
                    parts.add(i.reason() + " (+" + i.weight() + ")");
                }
                b.append(String.join("; ", parts));
                if (shown < p.indicators().size()) {
                    b.append("; and ").append(p.indicators().size() - shown).append(" more");
                }
                b.append(']');
            } else if (!p.indicators().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (FiredIndicator i : p.indicators()) {
                    parts.add(i.reason() + " (+" + i.weight() + ")");
                }
                b.append(" [").append(String.join("; ", parts)).append(']');
            }
        }
        for (CompletenessFinding f : findings) {
            b.append("\n- Incomplete (RR-10): ").append(f.describe()).append("; request further information.");
        }
        String summary = completenessSummary(findings.size());
        for (RiskRuleHit h : ruleHits) {
            // the findings above stand for the RR-10 summary; any other RR-10 hit (the lane of missing data
            // at its riskiest) is shown
            if (h.rule() != RiskRule.RR_10 || !h.detail().equals(summary)) {
                b.append("\n- ").append(h.ruleId()).append(": ").append(h.detail());
            }
        }
        return b.toString();
    }

    /** Returns the detail of the RR-10 hit that sums up a declaration's completeness findings. */
    static String completenessSummary(int findings) {
        return findings + " completeness finding(s): request for information, not complete";
    }

    @Override
    public String toString() {
        return "Assessment[" + declaration + ", lane=" + lane() + ", score=" + score + ", random=" + isRandom()
                + ", complete=" + isComplete() + ", profiles=" + profiles.size() + "]";
    }
}
