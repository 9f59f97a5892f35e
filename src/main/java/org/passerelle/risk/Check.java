package org.passerelle.risk;

/**
 * A compiled criterion: the evaluator the engine runs. Implementations are immutable and
 * thread-safe.
 */
@FunctionalInterface
interface Check {
    boolean test(Subject s);
}
