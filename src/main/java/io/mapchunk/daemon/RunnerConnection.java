package io.mapchunk.daemon;

import io.mapchunk.cli.Invocation;
import io.mapchunk.cli.MapchunkCli;
import io.mapchunk.daemon.client.DaemonClient;
import io.mapchunk.daemon.client.Frames;
import io.mapchunk.daemon.client.Request;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One client of the {@link Runner}: reads its request, refuses it when the client runs another
 * build or other JVM options (the client then runs cold), else waits for the command lock and
 * runs the command as the client's {@link Invocation}, streaming stdout and stderr back as
 * frames. A {@code CANCEL} from the client (its Ctrl-C or SIGTERM), or the client going away,
 * cancels the command's jobs and interrupts it; its remaining output is dropped, as a killed cold
 * run's would be.
 */
final class RunnerConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunnerConnection.class);

    private final Runner runner;
    private final SocketChannel channel;
    private final Frames frames;
    private volatile boolean cancelled;
    private volatile boolean finished;
    private volatile Invocation invocation;

    RunnerConnection(Runner runner, SocketChannel channel) {
        this.runner = runner;
        this.channel = channel;
        this.frames = new Frames(channel);
    }

    @Override
    public void run() {
        try (channel) {
            if (!sameUser()) {
                return;
            }
            if (frames.read() != Frames.REQUEST) {
                return;
            }
            Request request = Request.decode(frames.body());
            boolean compatible = request.version == Frames.VERSION
                    && request.build.equals(runner.build()) && sameEnvironment(request.environment);
            switch (request.kind) {
                case Request.STATUS -> {
                    frames.write(Frames.OUT, runner.status(compatible).getBytes(StandardCharsets.UTF_8));
                    frames.writeInt(Frames.EXIT, compatible ? 0 : 1);
                }
                case Request.STOP -> {
                    frames.writeInt(Frames.EXIT, 0);
                    runner.stop("daemon stop");
                }
                case Request.RUN -> {
                    if (compatible) {
                        runCommand(request);
                    } else {
                        LOG.info("refused a client of another build or other options: {}",
                                request.build);
                        frames.write(Frames.REFUSED, new byte[0]);
                    }
                }
                default -> frames.write(Frames.REFUSED, new byte[0]);
            }
        } catch (IOException e) {
            LOG.info("client connection ended: {}", e.toString());
        } catch (InterruptedException e) {
            LOG.info("client went away while waiting for the runner");
        } finally {
            runner.connectionEnded();
        }
    }

    private boolean sameUser() throws IOException {
        UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        String user = System.getProperty("user.name");
        if (!peer.user().getName().equals(user)) {
            LOG.warn("refused a client of user {}", peer.user().getName());
            return false;
        }
        return true;
    }

    private static boolean sameEnvironment(Map<String, String> client) {
        for (String name : DaemonClient.MUST_MATCH) {
            if (!Objects.equals(emptyToNull(client.get(name)), emptyToNull(System.getenv(name)))) {
                return false;
            }
        }
        return true;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private void runCommand(Request request) throws IOException, InterruptedException {
        Thread command = Thread.currentThread();
        Thread watcher = new Thread(() -> watchClient(command), command.getName() + "-cancel");
        watcher.setDaemon(true);
        watcher.start();
        runner.commandLock.lockInterruptibly();
        int code;
        try {
            if (cancelled) {
                throw new InterruptedException();
            }
            frames.write(Frames.ACCEPTED, new byte[0]);
            long begin = System.nanoTime();
            int number = runner.commandStarted();
            LOG.info("command {} from {}: {}", number, request.workingDirectory, request.arguments);
            PrintStream out = new PrintStream(new BufferedOutputStream(
                    new FrameStream(Frames.OUT), 1 << 16), false);
            PrintStream err = new PrintStream(new FrameStream(Frames.ERR), true);
            invocation = new Invocation(Path.of(request.workingDirectory), out, err,
                    request.stderrTerminal, runner.cluster());
            if (cancelled) {
                invocation.cancel(); // the cancel came before the invocation was made
            }
            try {
                code = invocation.run(() -> MapchunkCli.execute(new PrintWriter(err, true),
                        request.arguments.toArray(String[]::new)));
            } catch (Exception e) {
                LOG.error("command failed outside picocli", e);
                err.println("mapchunk: " + e);
                code = 1;
            }
            out.flush();
            err.flush();
            Thread.interrupted(); // a cancel's interrupt, if it came late
            finished = true; // before EXIT: the client closing after it is no cancel
            if (cancelled) {
                LOG.info("command {} cancelled by its client", number);
                code = 130;
            }
            LOG.info("command {} ended with {} after {} s", number, code,
                    (System.nanoTime() - begin) / 1e9);
            frames.writeInt(Frames.EXIT, code);
        } finally {
            finished = true;
            runner.commandLock.unlock();
        }
    }

    /** Reads the client's side: a CANCEL frame or its end cancels the command. */
    private void watchClient(Thread command) {
        try {
            int type = frames.read();
            if (finished || type >= 0 && type != Frames.CANCEL) {
                return;
            }
        } catch (IOException e) {
            // the client is gone: cancel as for Ctrl-C
        }
        if (finished) {
            return;
        }
        cancelled = true;
        Invocation running = invocation;
        if (running != null) {
            running.cancel();
        }
        LOG.info("cancelling the command of a client that was stopped or went away");
        command.interrupt();
        while (!finished) {
            try {
                runner.cluster().cancelJobs(); // also a job submitted after the first cancel
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.warn("cancelling jobs failed", e);
            }
        }
    }

    /** The command's stdout or stderr as frames to the client; dropped once cancelled. */
    private final class FrameStream extends OutputStream {
        private final byte type;

        FrameStream(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            if (!cancelled && length > 0) {
                frames.write(type, data, offset, length);
            }
        }
    }
}
