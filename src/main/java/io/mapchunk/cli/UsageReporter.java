package io.mapchunk.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;

/**
 * Turns a command line that does not parse into at most two lines on stderr and exit code 2: what
 * is wrong (with a suggestion for a mistyped option or command), then where the help is. picocli's
 * default prints the whole usage text after the message, which buries the one line that matters.
 */
final class UsageReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        return report(failure.getCommandLine(), message(failure));
    }

    /** Prints a usage error of {@code command} as its two lines; returns the exit code, 2. */
    static int report(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println("mapchunk: " + message);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return 2;
    }

    private static String message(ParameterException failure) {
        if (!(failure instanceof UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return failure.getMessage();
        }
        String first = unmatched.getUnmatched().get(0);
        boolean option = first.startsWith("-");
        String what = option ? "unknown option '" + first + "'" : "unexpected argument '" + first + "'";
        CommandLine.Model.CommandSpec spec = failure.getCommandLine().getCommandSpec();
        String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        List<String> suggestions = (option ? spec.optionsMap().keySet()
                : spec.subcommands().keySet()).stream()
                .filter(name -> name.length() > 2 && distance(typed, name) <= MOST_EDITS)
                .sorted().toList();
        if (!suggestions.isEmpty()) {
            return what + "; did you mean " + String.join(" or ", suggestions.stream()
                    .limit(3).map(s -> "'" + s + "'").toList()) + "?";
        }
        return what;
    }

    /** Edits (insert, delete, replace, swap of neighbours) that make a typo a suggestion. */
    private static final int MOST_EDITS = 2;

    /** The optimal string alignment distance: Levenshtein with transpositions of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
