package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * One command of the {@code passerelle} tool.
 */
interface Command {

    /** Returns the name typed on the command line, such as {@code validate}. */
    String name();

    /** Returns a one-line summary for the general help. */
    String summary();

    /** Returns the command's help: usage line, description, options, exit statuses. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status, one of {@link ExitCode}
     * @throws UsageException when the arguments are wrong
     * @throws org.passerelle.model.InvalidInputException when an input is invalid
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException;
}
