package org.passerelle.sharing;

import java.util.List;
import org.passerelle.model.PasserelleException;

/**
 * Thrown when a policy is inconsistent: dangling references, duplicate identifiers, a consent not
 * granted by the item's originator. It lists every problem found, not only the first.
 */
public final class InvalidPolicyException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    private final transient List<PolicyProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not empty
     */
    public InvalidPolicyException(List<PolicyProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, not empty
     */
    public List<PolicyProblem> problems() {
        return problems;
    }

    private static String message(List<PolicyProblem> problems) {
        StringBuilder sb = new StringBuilder("invalid policy, " + problems.size() + " problem(s):");
        for (PolicyProblem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
