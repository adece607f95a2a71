package io.mapchunk.cli;

import io.mapchunk.runtime.ProgressListener;

import java.io.PrintStream;

/**
 * Shows a job's progress as one line on a terminal, rewritten in place with {@code \r} and wiped
 * when the job ends, so the terminal is left as it was.
 */
final class TerminalProgress implements ProgressListener {

    private final PrintStream terminal;
    private final ProgressLine line;
    private int shown;

    TerminalProgress(PrintStream terminal, String label) {
        this.terminal = terminal;
        this.line = new ProgressLine(label);
    }

    @Override
    public synchronized void update(long bytesDone, long bytesTotal) {
        String text = line.render(bytesDone, bytesTotal, System.nanoTime());
        terminal.print('\r' + text + " ".repeat(Math.max(0, shown - text.length())));
        terminal.flush();
        shown = text.length();
    }

    @Override
    public synchronized void finish() {
        if (shown > 0) {
            terminal.print('\r' + " ".repeat(shown) + '\r');
            terminal.flush();
            shown = 0;
        }
    }
}
