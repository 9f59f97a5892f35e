/**
 * Running a sharing engine in a service: {@link org.passerelle.runtime.ReloadingSharingEngine} keeps
 * the law in force and replaces it, whole, when a new one has been read and compiled; the facts stay
 * in one {@link org.passerelle.sharing.FactStore} across reloads.
 *
 * <p>This package sits at the edge with {@code org.passerelle.json} and {@code org.passerelle.audit}:
 * it reads policy directories through {@link org.passerelle.json.PolicyReader} and compiles them
 * with {@link org.passerelle.sharing.SharingEngine}; the domain packages know nothing of it. To log
 * every decision, wrap it with
 * {@code AuditedSharingEngine.ofCurrent(reloading::current, sink)}.
 *
 * <p>Null rule: no method accepts or returns null unless its documentation says so.
 */
package org.passerelle.runtime;
