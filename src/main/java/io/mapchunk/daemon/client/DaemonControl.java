package io.mapchunk.daemon.client;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code mapchunk daemon start [--idle-timeout D] | stop | status}. {@code start} launches the
 * runner ({@code bin/mapchunk} with {@code MAPCHUNK_DAEMON=runner}, in a session of its own so
 * the terminal's signals do not reach it) and waits until it answers; {@code stop} asks it to stop
 * after its current command and waits until its socket is gone.
 */
final class DaemonControl {

    private static final long START_TIMEOUT_MS = 180_000;
    private static final long STOP_TIMEOUT_MS = 60_000;

    private final DaemonClient client;

    DaemonControl(DaemonClient client) {
        this.client = client;
    }

    int run(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "start":
                return start(Arrays.asList(args).subList(1, args.length));
            case "stop":
                return args.length == 1 ? stop() : usage();
            case "status":
                return args.length == 1 ? status(true) : usage();
            default:
                return usage();
        }
    }

    private int usage() {
        client.err().println("Usage: mapchunk daemon start [--idle-timeout DURATION] | stop | status");
        client.err().println("Try 'mapchunk --help'.");
        return 2;
    }

    /** Prints the runner's status (when {@code print}); 0 when one answers, else NOT_RUNNING. */
    private int status(boolean print) {
        Reply reply = ask(Request.STATUS);
        if (reply == null) {
            if (print) {
                client.err().println(new StringBuilder("mapchunk: no warm runner (")
                        .append(client.socket()).append(')'));
            }
            return DaemonClient.NOT_RUNNING;
        }
        if (print) {
            System.out.print(reply.text);
            System.out.flush();
        }
        return reply.code;
    }

    private int start(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).equals("--idle-timeout") || i + 1 == options.size()) {
                return usage();
            }
            i++;
        }
        int status = status(false);
        if (status == 0) {
            client.err().println("mapchunk: a warm runner is running already (daemon status)");
            return 0;
        }
        if (status != DaemonClient.NOT_RUNNING) {
            client.err().println("mapchunk: a warm runner of another build or other"
                    + " MAPCHUNK_JAVA_OPTS is running; 'mapchunk daemon stop' it first");
            return 1;
        }
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");
        }
        command.add(client.home().resolve("bin/mapchunk").toString());
        command.addAll(options);
        Path log = client.logFile().resolveSibling("daemon.out");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true);
            builder.environment().put("MAPCHUNK_DAEMON", "runner");
            Process runner = builder.start();
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline) {
                if (status(false) == 0) {
                    client.err().println(new StringBuilder("mapchunk: warm runner started (")
                            .append(client.socket()).append(')'));
                    return 0;
                }
                if (!runner.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            runner.destroy();
        } catch (IOException e) {
            client.err().println(new StringBuilder("mapchunk: cannot start the warm runner: ")
                    .append(e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        client.err().println(new StringBuilder("mapchunk: the warm runner did not start; see ")
                .append(log).append(" and ").append(client.logFile()));
        return 1;
    }

    private int stop() {
        Reply reply = ask(Request.STOP);
        if (reply == null) {
            client.err().println("mapchunk: no warm runner running");
            return 0;
        }
        long deadline = System.currentTimeMillis() + STOP_TIMEOUT_MS;
        try {
            while (Files.exists(client.socket()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (Files.exists(client.socket())) {
            client.err().println("mapchunk: the warm runner has not stopped yet (still busy?)");
            return 1;
        }
        client.err().println("mapchunk: warm runner stopped");
        return 0;
    }

    /** A request without a command; null when no runner answers, code 1 when it refuses. */
    private Reply ask(String kind) {
        DaemonClient.Connection connection = client.connect();
        if (connection == null) {
            return null;
        }
        try {
            return connection.exchange(client.request(kind, List.of()));
        } catch (IOException e) {
            return null;
        } finally {
            connection.close();
        }
    }

    /** The runner's answer to a control request. */
    static final class Reply {
        final int code;
        final String text;

        Reply(int code, byte[] text) {
            this.code = code;
            this.text = new String(text, StandardCharsets.UTF_8);
        }

        static Reply of(int code, ByteArrayOutputStream text) {
            return new Reply(code, text.toByteArray());
        }
    }
}
