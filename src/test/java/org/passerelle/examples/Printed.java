package org.passerelle.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * What an example printed, together with what it returned.
 *
 * @param text everything the example printed
 * @param result what its {@code run} method returned
 * @param <T> the type of the result
 */
record Printed<T>(String text, T result) {

    /**
     * Runs an example's {@code run(PrintStream)} method and captures what it prints.
     *
     * @param example the run method
     * @param <T> the type of its result
     * @return the printed text and the result
     */
    static <T> Printed<T> run(Function<PrintStream, T> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        T result;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            result = example.apply(out);
        }
        return new Printed<>(bytes.toString(StandardCharsets.UTF_8), result);
    }
}
