/**
 * Audit records of sharing decisions and the sinks that store them (SR-31).
 *
 * <p>{@link org.passerelle.audit.AuditRecord#of} turns a decision into a record;
 * an {@link org.passerelle.audit.AuditSink} stores it: {@link org.passerelle.json.JsonLinesAuditSink}
 * appends JSON Lines to a file, {@link org.passerelle.audit.InMemoryAuditSink} keeps records for
 * tests, and {@link org.passerelle.json.JsonLinesAuditReader} reads a log back. A sink that cannot
 * store a record throws {@link org.passerelle.audit.AuditException}.
 *
 * <p>Null rule: no method accepts or returns null unless its documentation says so. This package
 * depends on {@code org.passerelle.sharing} and {@code org.passerelle.json} (which does the JSON
 * mapping); neither depends on it. Every type here is immutable or thread-safe.
 */
package org.passerelle.audit;
