package org.passerelle.risk;

import org.passerelle.model.InvalidInputException;

/**
 * The score thresholds that map a profile's score to a lane (RR-04): a score of at least
 * {@code red} is Red, at least {@code yellow} Yellow, at least {@code blue} Blue, else Green.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param red the lowest Red score
 * @param yellow the lowest Yellow score, not above {@code red}
 * @param blue the lowest Blue score, 1 or more and not above {@code yellow}
 */
public record ScoreBands(int red, int yellow, int blue) {
    /**
     * Validates the thresholds.
     */
    public ScoreBands {
        if (blue < 1) {
            throw new InvalidInputException("bands.blue", String.valueOf(blue), "must be 1 or more");
        }
        if (yellow < blue) {
            throw new InvalidInputException("bands.yellow", String.valueOf(yellow), "must not be below blue " + blue);
        }
        if (red < yellow) {
            throw new InvalidInputException("bands.red", String.valueOf(red), "must not be below yellow " + yellow);
        }
    }

    /**
     * Obtains thresholds.
     *
     * @param red the lowest Red score
     * @param yellow the lowest Yellow score
     * @param blue the lowest Blue score
     * @return the thresholds, not null
     */
    public static ScoreBands of(int red, int yellow, int blue) {
        return new ScoreBands(red, yellow, blue);
    }

    /**
     * Returns the lane for a score.
     *
     * @param score the score
     * @return the lane, not null
     */
    public Lane laneFor(int score) {
        if (score >= red) {
            return Lane.RED;
        } else if (score >= yellow) {
            return Lane.YELLOW;
        } else if (score >= blue) {
            return Lane.BLUE;
        }
        return Lane.GREEN;
    }
}
