package org.passerelle.json;

import java.util.List;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;

/**
 * Thrown when a JSON document (a policy directory, a request, a decision, an audit line) is not
 * valid: an {@link InvalidInputException} whose problems each carry their {@link Problem#location()}.
 *
 * <p>The message holds one problem per line, such as
 * {@code agreements.json:14:7 $.agreements[0].validTo: must be an ISO date yyyy-mm-dd (got "2026-13-01")}.
 */
public final class PolicyValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not empty, ordered by file, line and column
     */
    public PolicyValidationException(List<Problem> problems) {
        super(problems);
    }
}
