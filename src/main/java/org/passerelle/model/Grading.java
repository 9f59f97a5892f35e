package org.passerelle.model;


/**
 * The evaluation of a source and of the information it gave, assigned by the provider.
 *
 * <p>Three schemes are supported: the Admiralty (NATO) system, Europol's evaluation codes and the
 * UK 3x5x2 system. Implementations are immutable and thread-safe.
 */
public sealed interface Grading permits Grading.Admiralty, Grading.Europol, Grading.Uk3x5x2 {

    /**
     * Returns whether this grading marks the information as uncorroborated (SR-32): Europol X or 4,
     * Admiralty E or F or 5 or 6, 3x5x2 source 2 (untested) or 3, or intelligence C, D or E.
     *
     * @return whether the information is uncorroborated
     */
    boolean isUncorroborated();

    /**
     * Returns the grading's code, such as {@code B2}.
     *
     * @return the code, not null
     */
    String code();

    /**
     * An Admiralty (STANAG 2511) grading: source reliability A to F, information credibility 1 to 6.
     *
     * @param reliability the source reliability, {@code A} to {@code F}
     * @param credibility the information credibility, 1 to 6
     */
    record Admiralty(char reliability, int credibility) implements Grading {
        /**
         * Validates the grading.
         */
        public Admiralty {
            if (reliability < 'A' || reliability > 'F') {
                throw new InvalidInputException("admiralty.reliability",
                        String.valueOf(reliability), "must be a letter from A to F");
            }
            if (credibility < 1 || credibility > 6) {
                throw new InvalidInputException("admiralty.credibility",
                        String.valueOf(credibility), "must be a number from 1 to 6");
            }
        }

        @Override
        public boolean isUncorroborated() {
            return reliability >= 'E' || credibility >= 5;
        }

        @Override
        public String code() {
            return "" + reliability + credibility;
        }
    }

    /**
     * A Europol evaluation (Regulation (EU) 2016/794 Art. 29): source A, B, C or X, information 1 to 4.
     *
     * @param source the source code, {@code A}, {@code B}, {@code C} or {@code X}
     * @param information the information code, 1 to 4
     */
    record Europol(char source, int information) implements Grading {
        /**
         * Validates the grading.
         */
        public Europol {
            if (source != 'A' && source != 'B' && source != 'C' && source != 'X') {
                throw new InvalidInputException("europol.source",
                        String.valueOf(source), "must be A, B, C or X");
            }
            if (information < 1 || information > 4) {
                throw new InvalidInputException("europol.information",
                        String.valueOf(information), "must be a number from 1 to 4");
            }
        }

        @Override
        public boolean isUncorroborated() {
            return source == 'X' || information == 4;
        }

        @Override
        public String code() {
            return "" + source + information;
        }
    }

    /**
     * A UK 3x5x2 grading: source 1 (reliable), 2 (untested) or 3 (not reliable); intelligence A to E;
     * handling P (lawful sharing permitted) or C (permitted with conditions).
     *
     * @param source the source evaluation, 1 to 3
     * @param intelligence the intelligence assessment, {@code A} to {@code E}
     * @param handling the handling code, {@code P} or {@code C}
     */
    record Uk3x5x2(int source, char intelligence, char handling) implements Grading {
        /**
         * Validates the grading.
         */
        public Uk3x5x2 {
            if (source < 1 || source > 3) {
                throw new InvalidInputException("uk3x5x2.source",
                        String.valueOf(source), "must be 1, 2 or 3");
            }
            if (intelligence < 'A' || intelligence > 'E') {
                throw new InvalidInputException("uk3x5x2.intelligence",
                        String.valueOf(intelligence), "must be a letter from A to E");
            }
            if (handling != 'P' && handling != 'C') {
                throw new InvalidInputException("uk3x5x2.handling",
                        String.valueOf(handling), "must be P or C");
            }
        }

        @Override
        public boolean isUncorroborated() {
            return source >= 2 || intelligence >= 'C';
        }

        @Override
        public String code() {
            return "" + source + intelligence + handling;
        }
    }
}
