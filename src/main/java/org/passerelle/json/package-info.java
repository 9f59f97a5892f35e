/**
 * Policy documents in JSON: reading and writing sharing and risk policies, requests, declarations,
 * decisions, assessments and audit lines. This is the only package that knows Jackson.
 *
 * <p>The entry points are {@link org.passerelle.json.PolicyReader} (a directory of {@code *.json}
 * files is a {@link org.passerelle.json.Policy} with a sharing and a risk part; requests;
 * declarations), {@link org.passerelle.json.PolicyWriter} (canonical JSON),
 * {@link org.passerelle.json.DecisionJson}, {@link org.passerelle.json.AssessmentJson} and
 * {@link org.passerelle.json.AssessmentLines} (assessments as JSON Lines),
 * {@link org.passerelle.json.AuditJson} and {@link org.passerelle.json.PolicyTestReader}
 * (declarative policy tests, run by {@code org.passerelle.testing}). Reading is
 * strict: every problem of every file is collected and thrown together in an
 * {@link org.passerelle.model.InvalidInputException}, each a typed {@link org.passerelle.model.Problem}
 * with its code, file, JSON path, line and column;
 * nothing is half-loaded, and nothing in a document is executed (Jackson's streaming parser only,
 * no data binding, no polymorphic typing). Input is bounded by {@link org.passerelle.json.ReadLimits}.
 *
 * <p>Null rule: no method accepts or returns null unless its documentation says so. Exceptions:
 * invalid documents raise {@code InvalidInputException}; I/O failures while writing raise
 * {@link org.passerelle.model.PasserelleIOException}. Every public type here is immutable or stateless, and
 * thread-safe, except {@code AssessmentLines}, a writer for one batch. The formats are documented in
 * {@code docs/policy-format.md} (sharing) and {@code docs/risk.md} (risk, declarations, assessments).
 */
package org.passerelle.json;

import org.passerelle.model.InvalidInputException;
