package org.passerelle.risk.learn;

import org.passerelle.risk.Criterion;

/**
 * A candidate indicator: its id, family, criterion and the plain description its reason starts with.
 */
record Candidate(String id, Template template, Criterion criterion, String description) {
}
