package org.passerelle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Problem;
import org.passerelle.model.InvalidInputException;

/**
 * The {@code passerelle} command-line tool, for people who work on policy files without writing Java:
 * {@code validate}, {@code fmt}, {@code decide}, {@code assess}, {@code test}, and the policy analysis
 * commands {@code analyze}, {@code who-may-receive}, {@code diff} and {@code report}, each with
 * {@code --help}. Documented in
 * {@code docs/cli.md}, with its exit statuses.
 *
 * <p>This package is internal: it is not exported by the module and may change without notice.
 */
public final class Main {
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new ValidateCommand(), new FmtCommand(), new DecideCommand(), new AssessCommand(),
                new TestCommand(), new LearnCommand(), new AnalyzeCommand(), new WhoMayReceiveCommand(),
                new DiffCommand(), new ReportCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    private Main() {
    }

    /**
     * Runs the tool and exits the JVM with its exit status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the tool without exiting: the entry point {@link #main(String[])} delegates to.
     *
     * @param args the command line, such as {@code validate policy/}
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 ok, 1 a check failed, 2 bad arguments, 3 invalid input,
     *         4 internal error, 5 an unknown reference with {@code --strict}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /**
     * Runs the tool without exiting, reading standard input from the given stream (for {@code -}).
     *
     * @param args the command line, such as {@code decide --policy policy/ --request -}
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status, as {@link #run(String[], PrintStream, PrintStream)}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return dispatch(Arrays.asList(args), in, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(help());
            return ExitCode.USAGE;
        }
        String first = args.get(0);
        if (first.equals("--version") || first.equals("-V")) {
            if (args.size() > 1) {
                return usage(err, null, "unexpected argument \"" + args.get(1) + "\" after " + first);
            }
            out.println("passerelle " + version());
            return ExitCode.OK;
        }
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            if (args.size() == 1) {
                out.print(help());
                return ExitCode.OK;
            }
            Command c = COMMANDS.get(args.get(1));
            if (c == null || args.size() > 2) {
                return usage(err, null, "unknown command \"" + String.join(" ", args.subList(1, args.size())) + "\"");
            }
            out.print(c.help());
            return ExitCode.OK;
        }
        Command command = COMMANDS.get(first);
        if (command == null) {
            return usage(err, null, first.startsWith("-") ? "unknown option " + first
                    : "unknown command \"" + first + "\"");
        }
        try {
            return command.run(args.subList(1, args.size()), in, out, err);
        } catch (UsageException e) {
            return usage(err, command, e.getMessage());
        } catch (InvalidInputException e) {
            err.println("passerelle " + command.name() + ": invalid input, " + e.problems().size() + " problem(s):");
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return ExitCode.INVALID_INPUT;
        } catch (RuntimeException e) {
            err.println("passerelle " + command.name() + ": internal error: " + e);
            e.printStackTrace(err);
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private static int usage(PrintStream err, Command command, String message) {
        String name = command == null ? "passerelle" : "passerelle " + command.name();
        err.println(name + ": " + message);
        err.println("Run '" + name + " --help' for usage.");
        return ExitCode.USAGE;
    }

    /** Returns the version this tool was built as, from the resource the build writes. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(unknown version: not built by Maven)");
        } catch (IOException e) {
            return "(unknown version: " + e.getMessage() + ")";
        }
    }

    static String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: passerelle COMMAND [ARGS]\n\n");
        sb.append("Works on Passerelle policy files without writing Java.\n\nCommands:\n");
        for (Command c : COMMANDS.values()) {
            sb.append(String.format("  %-10s %s\n", c.name(), c.summary()));
        }
        sb.append("\nRun 'passerelle COMMAND --help' for a command's arguments.\n");
        sb.append("Run 'passerelle --version' for the version.\n");
        sb.append("Exit status: 0 ok, 1 a check failed (a policy test, fmt --check), 2 bad arguments,\n");
        sb.append("3 invalid input, 4 internal error, 5 an unknown agency, item or purpose (decide --strict).\n");
        return sb.toString();
    }
}
