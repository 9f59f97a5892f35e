package org.passerelle.model;

/**
 * The status of an information item, set by its originator.
 */
public enum ItemStatus {
    /** The item may be shared under the rules. */
    ACTIVE,
    /** The originator marked the item as inaccurate: recipients correct it (SR-30). */
    INACCURATE,
    /** The item was transmitted when it should not have been: recipients erase it (SR-30). */
    WRONGLY_TRANSMITTED,
    /** The item was erased; nothing of it may be shared (SR-30). */
    ERASED
}
