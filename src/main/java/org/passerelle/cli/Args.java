package org.passerelle.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of one command, by hand so that the tool adds no dependency: options with a
 * value ({@code --policy DIR} or {@code --policy=DIR}), flags ({@code --explain}), positional
 * arguments, and {@code --} to end options. Not thread-safe; one per run.
 */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final boolean help;

    private Args(boolean help) {
        this.help = help;
    }

    /**
     * Parses the arguments that follow the command name.
     *
     * @param args the arguments
     * @param valueOptions the options that take a value, such as {@code --policy}
     * @param flagOptions the options that take none, such as {@code --explain}
     * @return the parsed arguments; when {@code --help} or {@code -h} is present, nothing else is checked
     * @throws UsageException naming an unknown option, a missing value or an option given twice
     */
    static Args parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        if (args.contains("--help") || args.contains("-h")) {
            return new Args(true);
        }
        Args a = new Args(false);
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                if (valueOptions.contains(name)) {
                    String value;
                    if (eq > 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (value.isEmpty()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (a.values.putIfAbsent(name, value) != null) {
                        throw new UsageException("option " + name + " is given twice");
                    }
                } else if (flagOptions.contains(name) && eq < 0) {
                    if (!a.flags.add(name)) {
                        throw new UsageException("option " + name + " is given twice");
                    }
                } else if (flagOptions.contains(name)) {
                    throw new UsageException("option " + name + " takes no value");
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    boolean help() {
        return help;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** Returns an option's value, or null when it is absent. */
    String value(String option) {
        return values.get(option);
    }

    String required(String option, String what) throws UsageException {
        String v = values.get(option);
        if (v == null) {
            throw new UsageException("missing " + option + " " + what);
        }
        return v;
    }

    /**
     * Parses an ISO instant given to an option.
     *
     * @param option the option, for the message, such as {@code --at}
     * @param text the value
     * @return the instant
     * @throws UsageException when the value is not an ISO instant
     */
    static java.time.Instant instant(String option, String text) throws UsageException {
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("option " + option + " needs an ISO instant such as 2024-05-10T09:00:00Z (got \""
                    + text + "\")");
        }
    }

    /**
     * Returns the positional arguments, checking their number.
     *
     * @param names the names of the arguments expected, for the message, such as {@code POLICY_DIR}
     * @return the arguments, as many as names
     * @throws UsageException when there are fewer or more
     */
    List<String> positional(String... names) throws UsageException {
        if (positional.size() < names.length) {
            throw new UsageException("missing " + names[positional.size()]);
        }
        if (positional.size() > names.length) {
            throw new UsageException("unexpected argument \"" + positional.get(names.length) + "\"");
        }
        return List.copyOf(positional);
    }
}
