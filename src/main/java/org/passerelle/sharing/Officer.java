package org.passerelle.sharing;

import java.util.SortedSet;
import org.passerelle.model.Checks;

/**
 * The individual user who will receive the information, with the roles and case assignments that
 * give a need to know (SR-16).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param id the officer's identifier
 * @param roles the roles the officer holds
 * @param cases the cases the officer is assigned to
 */
public record Officer(String id, SortedSet<String> roles, SortedSet<String> cases) {
    /**
     * Validates the officer.
     */
    public Officer {
        Checks.id("officer", id);
        roles = Checks.sortedSet("roles", roles);
        cases = Checks.sortedSet("cases", cases);
    }
}
