package io.mapchunk.cli.output;

import java.io.IOException;

/**
 * The one gate every result passes to become visible (the rename of a finished file): once the JVM
 * has begun to shut down, whatever the reason (a signal, or its launcher gone), nothing more is
 * published, so a stopped run leaves the previous result or nothing, never a result of a run that
 * was told to stop.
 */
final class Publication {

    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Publication::stop, "mapchunk-publication"));
    }

    private Publication() {}

    /** Runs {@code publish} unless shutdown has begun; returns whether it ran. */
    static synchronized boolean publish(Step publish) throws IOException {
        if (stopping) {
            return false;
        }
        publish.run();
        return true;
    }

    private static synchronized void stop() {
        stopping = true;
    }

    /** A publishing step. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }
}
