/**
 * Learning explainable risk profiles from inspection history, and measuring them.
 *
 * <p>{@link org.passerelle.risk.learn.Learner} turns {@link org.passerelle.risk.learn.Inspection}s
 * (declarations with their inspection results) into a {@link org.passerelle.risk.RiskPolicy}: one
 * additive scorecard of named indicators, each a plain criterion of the risk engine with a reason
 * that quotes its evidence. {@link org.passerelle.risk.learn.Feedback} closes the loop: hit rates
 * with Wilson intervals, lift, recall from random inspections, drift per period and shadow
 * scoring of candidate indicators. Nothing here depends on Jackson or SLF4J. Arguments are not
 * null unless stated; invalid arguments raise {@link org.passerelle.model.InvalidInputException}.
 */
package org.passerelle.risk.learn;
