package org.passerelle.sharing;

import java.time.Instant;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * Something that decides sharing requests and recalls items: the one type an application injects,
 * whichever engine stands behind it.
 *
 * <p>{@link SharingEngine} decides on a compiled law; {@code org.passerelle.audit.AuditedSharingEngine}
 * also records every decision and recall in an audit trail (SR-31); and
 * {@code org.passerelle.runtime.ReloadingSharingEngine} decides with the law in force while the law is
 * reloaded. An application that depends on this interface can swap one for another, or a test double
 * for all of them, without changing its code.
 *
 * <p>Implementations are thread-safe and fail closed: {@link #decide} never returns a permit because
 * something went wrong, and never throws for a request that was built.
 */
public interface SharingDecider {

    /**
     * Decides a request.
     *
     * @param request the request, not null
     * @return the decision, not null; a refusal when anything went wrong while deciding
     * @throws NullPointerException if the request is null
     */
    SharingDecision decide(SharingRequest request);

    /**
     * Marks an item inaccurate, wrongly transmitted or erased (SR-30) and returns the recall that
     * follows: a notification to every earlier recipient and a correction or erasure task for each.
     * From then on, sharing that version of the item is refused.
     *
     * @param item the item, not null
     * @param status the new status, not {@link ItemStatus#ACTIVE}
     * @param at the instant of the marking, not null
     * @return the recall, not null
     * @throws org.passerelle.model.PasserelleException if the item is not recorded, the status is
     *         {@code ACTIVE}, or (for an audited engine) the recall cannot be recorded
     */
    Recall recall(ItemId item, ItemStatus status, Instant at);
}
