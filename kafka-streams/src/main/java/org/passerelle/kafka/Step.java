package org.passerelle.kafka;

/**
 * The result of a guarded step on one record: a value, or the dead letter that says why there is none.
 *
 * @param <T> the type of the value
 */
final class Step<T> {
    private final T value;
    private final DeadLetter problem;

    private Step(T value, DeadLetter problem) {
        this.value = value;
        this.problem = problem;
    }

    static <T> Step<T> ok(T value) {
        return new Step<>(value, null);
    }

    static <T> Step<T> failed(DeadLetter problem) {
        return new Step<>(null, problem);
    }

    boolean ok() {
        return problem == null;
    }

    T value() {
        return value;
    }

    DeadLetter problem() {
        return problem;
    }

    /** Returns the message of a failure, naming its type when it has no message. */
    static String describe(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getName() : m;
    }
}
