/**
 * The bridge between the risk side and the sharing side, which know only the model and not each
 * other: {@link org.passerelle.bridge.SeizureReports} turns a seizure found by an inspection into an
 * information item the sharing rules decide on, and {@link org.passerelle.bridge.IntelligenceLinks}
 * links a risk profile to the information item that justifies it.
 *
 * <p>Null rule: no method accepts or returns null. Exceptions: invalid arguments raise
 * {@link org.passerelle.model.InvalidInputException}. Every type here is stateless and thread-safe.
 */
package org.passerelle.bridge;
