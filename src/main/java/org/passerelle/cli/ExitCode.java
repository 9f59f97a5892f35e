package org.passerelle.cli;

/**
 * The exit statuses of the {@code passerelle} command, as documented in {@code docs/cli.md}.
 */
final class ExitCode {
    /** The command did what was asked: the policy is valid, a decision was made, every test passed. */
    static final int OK = 0;
    /** {@code test} ran and at least one policy test failed. */
    static final int TESTS_FAILED = 1;
    /** {@code diff --fail-on-new-access} or {@code analyze --fail-on}: the check the command was asked to make failed. */
    static final int CHECK_FAILED = 1;
    /** The command line is wrong: unknown command or option, missing or extra argument. */
    static final int USAGE = 2;
    /** An input is invalid or unreadable: a policy, a request, a test document; each problem is printed. */
    static final int INVALID_INPUT = 3;
    /** An unexpected failure inside the tool: a bug to report. */
    static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }
}
