package org.passerelle.cli;

/**
 * The exit statuses of the {@code passerelle} command, as documented in {@code docs/cli.md}.
 */
final class ExitCode {
    /** The command did what was asked: the policy is valid, a decision was made, every test passed. */
    static final int OK = 0;
    /**
     * A check the command ran did not pass: {@code test} ran and a policy test failed (or coverage is
     * under {@code --fail-under-coverage}); {@code fmt --check} found files that are not canonical;
     * {@code diff --fail-on-new-access} found new access; {@code analyze --fail-on} found a finding of
     * that severity.
     */
    static final int CHECK_FAILED = 1;
    /** The command line is wrong: unknown command or option, missing or extra argument. */
    static final int USAGE = 2;
    /** An input is invalid or unreadable: a policy, a request, a test document; each problem is printed. */
    static final int INVALID_INPUT = 3;
    /** An unexpected failure inside the tool: a bug to report. */
    static final int INTERNAL_ERROR = 4;
    /**
     * With {@code --strict}: a request names an agency, item or purpose that the policy does not hold
     * (without it, the engine refuses such a request, fail-closed, like any other).
     */
    static final int UNKNOWN_REFERENCE = 5;

    private ExitCode() {
    }
}
