package org.passerelle.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * A risk (targeting) profile: a set of indicators with either score bands or a direct lane, an
 * owner, a threat area, a validity window and an optional link to the intelligence behind it.
 *
 * <p>A <em>scored</em> profile adds up the weights of its indicators that fire and maps the sum to
 * a lane with its bands, or the engine's when it has none (RR-04). A <em>direct</em> profile sends
 * the declaration to its lane when all its indicators fire. A profile applies only within its
 * validity window and while its intelligence may be retained (RR-06). When its intelligence is
 * restricted ({@link IntelligenceLink#isRestricted()}), examiners see only the sanitised
 * {@link #examinerText()} (RR-07), which is then required. This type is immutable and thread-safe.
 *
 * @param id the stable identifier
 * @param title a title for analysts; shown to examiners only when there is no examiner text and
 *        the intelligence is not restricted
 * @param owner the agency or unit that owns the profile
 * @param threatArea the threat area addressed, which decides the AEO reduction (RR-05)
 * @param indicators the indicators, at least one
 * @param bands the score bands of a scored profile, or null to use the engine's
 * @param directLane the lane of a direct profile (Red, Yellow or Blue), or null for a scored one
 * @param validFrom the first day the profile applies
 * @param validTo the last day the profile applies, or null when open-ended
 * @param intelligence the intelligence behind the profile, or null
 * @param examinerText the text shown to examiners instead of the title and indicator reasons, or null
 * @param scorecard whether the profile is an additive scorecard whose weights were fitted jointly:
 *        the RR-04 low-weight rules do not apply and the explanation lists the heaviest contributions
 */
public record Profile(ProfileId id, String title, AgencyId owner, ThreatArea threatArea,
        SortedSet<IndicatorId> indicators, ScoreBands bands, Lane directLane, LocalDate validFrom, LocalDate validTo,
        IntelligenceLink intelligence, String examinerText, boolean scorecard) {
    /**
     * Validates the profile.
     */
    public Profile {
        Checks.notNull("profile.id", id);
        title = Checks.notBlank("profile.title", title);
        Checks.notNull("profile.owner", owner);
        Checks.notNull("profile.threatArea", threatArea);
        indicators = Checks.sortedSet("profile.indicators", indicators);
        if (indicators.isEmpty()) {
            throw new InvalidInputException("profile.indicators", id.value(), "a profile needs at least one indicator");
        }
        if (directLane == Lane.GREEN) {
            throw new InvalidInputException("profile.directLane", "GREEN", "must be RED, YELLOW or BLUE");
        }
        if (scorecard && directLane != null) {
            throw new InvalidInputException("profile.scorecard", id.value(),
                    "a scorecard adds up weights into a score: it cannot have a direct lane");
        }
        if (directLane != null && bands != null) {
            throw new InvalidInputException("profile.bands", id.value(),
                    "a profile has either score bands or a direct lane, not both");
        }
        Checks.notNull("profile.validFrom", validFrom);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("profile.validTo", validTo.toString(), "must not be before validFrom " + validFrom);
        }
        if (examinerText != null) {
            examinerText = Checks.notBlank("profile.examinerText", examinerText);
        }
        if (intelligence != null && intelligence.isRestricted() && examinerText == null) {
            throw new InvalidInputException("profile.examinerText", id.value(),
                    "is required (RR-07): the intelligence behind the profile is restricted, so examiners may see "
                            + "only a sanitised text");
        }
    }

    /**
     * Obtains a profile that is not a scorecard: a scored profile when it has no direct lane.
     *
     * @param id the identifier
     * @param title the title, for analysts
     * @param owner the owning agency
     * @param threatArea the threat area
     * @param indicators the indicators, at least one
     * @param bands the score bands, or null for the engine's
     * @param directLane the direct lane, or null for a scored profile
     * @param validFrom the first day of validity
     * @param validTo the last day of validity, or null
     * @param intelligence the intelligence link, or null
     * @param examinerText the sanitised examiner text, or null
     */
    public Profile(ProfileId id, String title, AgencyId owner, ThreatArea threatArea,
            SortedSet<IndicatorId> indicators, ScoreBands bands, Lane directLane, LocalDate validFrom,
            LocalDate validTo, IntelligenceLink intelligence, String examinerText) {
        this(id, title, owner, threatArea, indicators, bands, directLane, validFrom, validTo, intelligence,
                examinerText, false);
    }

    /**
     * Returns whether the profile is led by intelligence: AEO reductions never apply to it (RR-05).
     *
     * @return whether it has an intelligence link
     */
    public boolean isIntelligenceLed() {
        return intelligence != null;
    }

    /**
     * Returns whether examiners may see only the sanitised text of this profile (RR-07).
     *
     * @return whether its intelligence is restricted
     */
    public boolean isRestricted() {
        return intelligence != null && intelligence.isRestricted();
    }

    /**
     * Returns whether the profile applies on a day: within its validity window and while its
     * intelligence may be retained (RR-06).
     *
     * @param day the day, not null
     * @return whether it applies
     */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo))
                && (intelligence == null || intelligence.isRetainedOn(day));
    }

    /**
     * Starts a builder for a profile.
     *
     * @param id the identifier, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(ProfileId.of(id));
    }

    /**
     * A builder of {@link Profile}. Not thread-safe.
     */
    public static final class Builder {
        private final ProfileId id;
        private String title;
        private AgencyId owner;
        private ThreatArea threatArea;
        private final List<IndicatorId> indicators = new ArrayList<>();
        private ScoreBands bands;
        private Lane directLane;
        private LocalDate validFrom;
        private LocalDate validTo;
        private IntelligenceLink intelligence;
        private String examinerText;
        private boolean scorecard;

        private Builder(ProfileId id) {
            this.id = id;
        }

        /**
         * Sets the title.
         *
         * @param value the title, not null
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param agency the agency identifier, not null
         * @return this builder
         */
        public Builder owner(String agency) {
            this.owner = AgencyId.of(agency);
            return this;
        }

        /**
         * Sets the threat area.
         *
         * @param value the area, not null
         * @return this builder
         */
        public Builder threatArea(ThreatArea value) {
            this.threatArea = value;
            return this;
        }

        /**
         * Adds indicators by id.
         *
         * @param ids the indicator identifiers, not null
         * @return this builder
         */
        public Builder indicators(String... ids) {
            for (String i : ids) {
                indicators.add(IndicatorId.of(i));
            }
            return this;
        }

        /**
         * Makes the profile a scored one with its own bands.
         *
         * @param value the bands, not null
         * @return this builder
         */
        public Builder bands(ScoreBands value) {
            this.bands = value;
            return this;
        }

        /**
         * Makes the profile a direct one.
         *
         * @param lane the lane, Red, Yellow or Blue
         * @return this builder
         */
        public Builder directLane(Lane lane) {
            this.directLane = lane;
            return this;
        }

        /**
         * Sets the validity window.
         *
         * @param from the first day, not null
         * @param to the last day, or null when open-ended
         * @return this builder
         */
        public Builder valid(LocalDate from, LocalDate to) {
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        /**
         * Links the profile to its intelligence.
         *
         * @param value the link, not null
         * @return this builder
         */
        public Builder intelligence(IntelligenceLink value) {
            this.intelligence = value;
            return this;
        }

        /**
         * Sets the sanitised text shown to examiners.
         *
         * @param value the text, not null
         * @return this builder
         */
        public Builder examinerText(String value) {
            this.examinerText = value;
            return this;
        }

        /**
         * Makes the profile an additive scorecard: its score is the sum of the weights of all its
         * fired indicators, fitted jointly (as a learner fits them), mapped to a lane by its bands;
         * the low-weight rules of RR-04, meant for hand-set weights, do not apply, and the
         * explanation lists the heaviest contributions first.
         *
         * @return this builder
         */
        public Builder scorecard() {
            this.scorecard = true;
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws InvalidInputException if a setting is missing or wrong
         */
        public Profile build() {
            return new Profile(id, title, owner, threatArea, Checks.sortedSet("profile.indicators", indicators), bands,
                    directLane, validFrom, validTo, intelligence, examinerText, scorecard);
        }
    }
}
