package org.passerelle.risk;

import org.passerelle.model.PasserelleException;

/**
 * Thrown when an officer asks to change a declaration's lane in a role that the engine does not
 * authorise for lane changes (RR-01). It names the role, the officer and the declaration.
 */
public final class UnauthorisedLaneChangeException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    private final String role;
    private final String officer;
    private final String declaration;

    UnauthorisedLaneChangeException(String role, String officer, String declaration, String message) {
        super(message);
        this.role = role;
        this.officer = officer;
        this.declaration = declaration;
    }

    /**
     * Returns the role that is not authorised.
     *
     * @return the role, not null
     */
    public String role() {
        return role;
    }

    /**
     * Returns the officer who asked for the change.
     *
     * @return the officer's identifier, not null
     */
    public String officer() {
        return officer;
    }

    /**
     * Returns the reference of the declaration whose lane was to change.
     *
     * @return the reference, not null
     */
    public String declaration() {
        return declaration;
    }
}
