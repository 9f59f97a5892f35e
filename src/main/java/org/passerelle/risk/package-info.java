/**
 * Customs risk management: indicators, profiles, selectivity lanes, assessments and profile
 * effectiveness.
 *
 * <p>The entry types are {@link org.passerelle.risk.RiskEngine} (built once from
 * {@link org.passerelle.risk.Indicator}s and {@link org.passerelle.risk.Profile}s, then thread-safe),
 * {@link org.passerelle.risk.RiskContext} (trader histories, watch lists, reference values) and
 * {@link org.passerelle.risk.Assessment} (the decision as data). Inspection results feed
 * {@link org.passerelle.risk.Effectiveness}; a seizure becomes a sharing item through
 * {@link org.passerelle.bridge.SeizureReports}.
 *
 * <p>Contract, as in {@code java.time}: parameters are not null unless documented otherwise;
 * values are immutable and thread-safe; builders are not thread-safe; bad values raise
 * {@link org.passerelle.model.InvalidInputException} naming the setting and quoting the value.
 * Every rule of the catalogue that the engine implements is a {@link org.passerelle.risk.RiskRule}
 * and appears in the assessment's rule hits when it shapes the outcome.
 */
package org.passerelle.risk;
