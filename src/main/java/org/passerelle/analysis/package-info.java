/**
 * Policy analysis: what a sharing policy lets flow, to whom, under which agreement, what a change of
 * the law would open, and what in a policy looks wrong.
 *
 * <p>The entry type is {@link org.passerelle.analysis.PolicyAnalysis}: built over a policy and a
 * period, it gives the {@link org.passerelle.analysis.FlowMatrix} (every holder, recipient,
 * information category and purpose with the best outcome reachable), the reverse queries
 * ({@link org.passerelle.analysis.PolicyAnalysis#whoMayReceive whoMayReceive},
 * {@link org.passerelle.analysis.PolicyAnalysis#whatMayReceive whatMayReceive}), the
 * {@link org.passerelle.analysis.Finding findings}, and, between two versions of the law,
 * the {@link org.passerelle.analysis.ChangeImpact}.
 *
 * <p>The analysis is exact, not sampled: it enumerates the equivalence classes the rules can tell
 * apart (items that differ only by id and title, every agency as recipient, every purpose, every day
 * on which a date of the policy starts or ends something, every annex a request may name) and asks
 * the {@link org.passerelle.sharing.SharingEngine} itself for the decision of each class, so the
 * analysis and the engine cannot disagree. See {@code docs/analysis.md}.
 *
 * <p>Null rule: no method accepts or returns null unless its documentation says so. Every type is
 * immutable and thread-safe.
 */
package org.passerelle.analysis;
