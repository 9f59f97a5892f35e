package org.passerelle.sharing;

import java.time.Duration;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * The deadlines for answering requests under an agreement (Directive (EU) 2023/977: 8 hours, 3 days,
 * 7 days; SR-33).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param urgentDirect an urgent request for data directly accessible to the single point of contact
 * @param urgentIndirect an urgent request for data to be obtained from other authorities or parties
 * @param routine a request that is not urgent
 */
public record ResponseDeadlines(Duration urgentDirect, Duration urgentIndirect, Duration routine) {
    /** The deadlines of Directive (EU) 2023/977 Art. 5: 8 hours, 3 days and 7 days. */
    public static final ResponseDeadlines DIRECTIVE_2023_977 =
            new ResponseDeadlines(Duration.ofHours(8), Duration.ofDays(3), Duration.ofDays(7));

    /**
     * Validates the deadlines: all positive.
     */
    public ResponseDeadlines {
        positive("urgentDirect", urgentDirect);
        positive("urgentIndirect", urgentIndirect);
        positive("routine", routine);
    }

    private static void positive(String field, Duration d) {
        Checks.notNull(field, d);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidInputException(field, d.toString(), "must be a positive duration");
        }
    }
}
