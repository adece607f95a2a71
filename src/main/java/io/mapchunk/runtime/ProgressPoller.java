package io.mapchunk.runtime;

import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls a running job's {@link ProgressTap#BYTES_DONE} accumulator through its {@link JobClient}
 * (embedded or on a cluster alike) and hands the value to a {@link ProgressListener}. Task
 * managers report accumulators with their heartbeats, so values advance once per
 * {@code heartbeat.interval}.
 */
final class ProgressPoller implements AutoCloseable {

    static final long PERIOD_MILLIS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ProgressPoller.class);

    private final ProgressListener listener;
    private final ScheduledExecutorService timer;

    private ProgressPoller(JobClient client, long total, ProgressListener listener) {
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mapchunk-progress");
            thread.setDaemon(true);
            return thread;
        });
        listener.update(0, total);
        timer.scheduleWithFixedDelay(() -> poll(client, total), PERIOD_MILLIS, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Starts polling, or returns a poller that does nothing for {@link ProgressListener#NONE}. */
    static AutoCloseable start(JobClient client, long total, ProgressListener listener) {
        return listener == ProgressListener.NONE ? () -> {} : new ProgressPoller(client, total, listener);
    }

    private void poll(JobClient client, long total) {
        try {
            Map<String, Object> accumulators =
                    client.getAccumulators().get(PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            if (accumulators.get(ProgressTap.BYTES_DONE) instanceof Long done) {
                listener.update(done, total);
            }
        } catch (Exception e) {
            LOG.debug("progress poll failed", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(1, TimeUnit.SECONDS);
        listener.finish();
    }
}
