/**
 * Information sharing between agencies: information items and their markings, sharing agreements,
 * requests, and the {@link org.passerelle.sharing.SharingEngine} that decides them.
 *
 * <p>The entry types are {@link org.passerelle.sharing.SharingPolicy} (the data: agencies, purposes,
 * agreements, items, consents), {@link org.passerelle.sharing.SharingEngine} (the policy compiled
 * once) and {@link org.passerelle.sharing.SharingDecision} (the answer, as data: outcome,
 * conditions, agreement relied on, the rules that fired). Everything else describes one of them.
 *
 * <p>Unless stated otherwise, parameters are not null and a null argument throws an exception;
 * values are immutable and thread-safe; builders are not thread-safe. Factories are named {@code of},
 * {@code builder} and {@code toBuilder}; queries {@code is...}. Invalid values throw
 * {@link org.passerelle.model.InvalidInputException} naming the setting and quoting the value.
 */
package org.passerelle.sharing;
