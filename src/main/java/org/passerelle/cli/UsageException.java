package org.passerelle.cli;

/**
 * Bad command-line arguments: the message says what was wrong; the tool prints it with a pointer to
 * the command's help and exits with {@link ExitCode#USAGE}.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
