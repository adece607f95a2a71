package io.mapchunk.daemon.client;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/mapchunk}'s client of the warm runner: hands a command line to the runner of this
 * checkout and streams back its stdout, stderr and exit code; {@code daemon start|stop|status}.
 * It must start in a few tens of milliseconds, so it runs with none of Flink on its class path
 * ({@code target/mapchunk-client.jar}), uses no lambdas or string concatenation (their bootstrap
 * costs more than the rest) and writes no log: what it has to say goes to stderr.
 *
 * <p>When there is no runner it can use (none listening, another build, other JVM options), the
 * command runs cold, {@code bin/mapchunk} with {@code MAPCHUNK_DAEMON=off}, exactly as without a
 * runner. Ctrl-C or SIGTERM cancel the command in the runner, and the client exits 130 or 143.
 */
public final class DaemonClient {

    /** Exit code of {@code daemon status} when no runner listens (as LSB init scripts use). */
    static final int NOT_RUNNING = 3;
    /** The environment a runner must share with its client, or the client runs cold. */
    public static final List<String> MUST_MATCH = Arrays.asList("MAPCHUNK_JAVA_OPTS",
            "MAPCHUNK_LOG_DIR", "MAPCHUNK_CLASSPATH", "FLINK_CONF_DIR", "JAVA_HOME",
            "MAPCHUNK_JAVA");

    private final Path socket;
    private final Path home;
    private final PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);

    private DaemonClient(Path socket, Path home) {
        this.socket = socket;
        this.home = home;
    }

    public static void main(String[] args) {
        DaemonClient client = new DaemonClient(Path.of(System.getProperty("mapchunk.daemon.socket")),
                Path.of(System.getProperty("mapchunk.home")));
        int status;
        if (args.length > 0 && args[0].equals("daemon")) {
            status = new DaemonControl(client).run(Arrays.copyOfRange(args, 1, args.length));
        } else {
            status = client.runCommand(Arrays.asList(args));
        }
        System.exit(status);
    }

    Path socket() {
        return socket;
    }

    Path home() {
        return home;
    }

    PrintStream err() {
        return err;
    }

    /** Runs a command in the runner, or cold when there is none to use; returns its exit code. */
    int runCommand(List<String> arguments) {
        Connection connection = connect();
        if (connection == null) {
            return runCold(arguments);
        }
        try {
            connection.send(request(Request.RUN, arguments));
            Integer code = connection.stream();
            return code == null ? runCold(arguments) : code;
        } catch (IOException e) {
            return connection.accepted ? connection.lost() : runCold(arguments);
        } finally {
            connection.close();
        }
    }

    /** A request of {@code kind} from this client: its directory, terminal and environment. */
    Request request(String kind, List<String> arguments) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
            String name = entry.getKey();
            if (name.startsWith("MAPCHUNK_") || MUST_MATCH.contains(name) || name.equals("LANG")
                    || name.startsWith("LC_")) {
                environment.put(name, entry.getValue());
            }
        }
        return new Request(Frames.VERSION, kind, Build.stamp(),
                Path.of("").toAbsolutePath().toString(),
                Boolean.getBoolean("mapchunk.stderr.tty"), environment, arguments);
    }

    /** A connection to a listening runner, or null; a socket nobody listens on is removed. */
    Connection connect() {
        if (!Files.exists(socket)) {
            return null;
        }
        java.nio.channels.SocketChannel channel = null;
        try {
            SocketDirectory.check(socket.getParent());
            channel = java.nio.channels.SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return new Connection(channel);
        } catch (java.net.ConnectException e) {
            close(channel);
            try {
                Files.deleteIfExists(socket); // left by a runner that was killed
            } catch (IOException ignored) {
                // another client removed it, or it is not ours: run cold either way
            }
            return null;
        } catch (IOException e) {
            close(channel);
            return null;
        }
    }

    private static void close(java.nio.channels.SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a socket that failed to connect
            }
        }
    }

    /** The command through {@code bin/mapchunk} without the runner, in this terminal. */
    int runCold(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/mapchunk").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("MAPCHUNK_DAEMON", "off");
        try {
            final Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread() {
                @Override
                public void run() {
                    // a signal to this client: the cold launcher stops its JVM and exits 130/143
                    process.destroy();
                    try {
                        process.waitFor(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            return process.waitFor();
        } catch (IOException e) {
            err.println(new StringBuilder("mapchunk: cannot run ").append(command.get(0))
                    .append(": ").append(e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** One exchange with the runner. */
    final class Connection {

        private final java.nio.channels.SocketChannel channel;
        private final Frames frames;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean accepted;
        private volatile boolean cancelled;

        Connection(java.nio.channels.SocketChannel channel) {
            this.channel = channel;
            this.frames = new Frames(channel);
        }

        void send(Request request) throws IOException {
            frames.write(Frames.REQUEST, request.encode());
        }

        /**
         * Copies the runner's output here until its exit code, which it returns; null when the
         * runner refused the request (or closed before accepting it).
         */
        Integer stream() throws IOException {
            Thread canceller = new Thread() {
                @Override
                public void run() {
                    cancel();
                }
            };
            Runtime.getRuntime().addShutdownHook(canceller);
            FileOutputStream out = new FileOutputStream(FileDescriptor.out);
            boolean outOpen = true;
            try {
                while (true) {
                    int type = frames.read();
                    if (type < 0) {
                        if (!accepted) {
                            return null;
                        }
                        return lost();
                    }
                    switch (type) {
                        case Frames.REFUSED:
                            return null;
                        case Frames.ACCEPTED:
                            accepted = true;
                            break;
                        case Frames.OUT:
                            if (outOpen) {
                                try {
                                    out.write(frames.body());
                                } catch (IOException e) {
                                    outOpen = false; // a closed pipe: the command runs on, as cold
                                }
                            }
                            break;
                        case Frames.ERR:
                            err.write(frames.body(), 0, frames.body().length);
                            err.flush();
                            break;
                        case Frames.EXIT:
                            done.countDown();
                            return frames.bodyInt();
                        default:
                            throw new IOException("unknown frame");
                    }
                }
            } finally {
                done.countDown();
                if (!cancelled) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(canceller);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running
                    }
                }
            }
        }

        /** Sends a control request; the runner's text and code, or code 1 if it refused. */
        DaemonControl.Reply exchange(Request request) throws IOException {
            send(request);
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            while (true) {
                int type = frames.read();
                if (type < 0) {
                    throw new java.io.EOFException("runner closed");
                }
                if (type == Frames.REFUSED) {
                    text.write(frames.body());
                    return DaemonControl.Reply.of(1, text);
                }
                if (type == Frames.OUT) {
                    text.write(frames.body());
                }
                if (type == Frames.EXIT) {
                    return DaemonControl.Reply.of(frames.bodyInt(), text);
                }
            }
        }

        /** From the shutdown hook (a signal): cancel the command and wait until the runner did. */
        void cancel() {
            if (done.getCount() == 0) {
                return;
            }
            cancelled = true;
            try {
                frames.writeInt(Frames.CANCEL, 130);
                done.await(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the runner is gone: nothing left to cancel
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The runner went away in the middle of the command. */
        int lost() {
            if (cancelled) {
                return 130;
            }
            err.println(new StringBuilder("mapchunk: the warm runner stopped during the command"
                    + " (its log: ").append(logFile()).append(')'));
            return 1;
        }

        void close() {
            DaemonClient.close(channel);
        }
    }

    /** Where the runner logs (as bin/mapchunk: MAPCHUNK_LOG_DIR, else log/ of the checkout). */
    Path logFile() {
        String dir = System.getenv("MAPCHUNK_LOG_DIR");
        return (dir == null || dir.isEmpty() ? home.resolve("log") : Path.of(dir)).resolve("mapchunk.log");
    }

}
