package io.mapchunk.daemon.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client asks of the warm runner: {@code run} a command line, report its {@code status},
 * or {@code stop}; with what the command must see of the client (its working directory, whether
 * its stderr is a terminal, the environment that matters) and the build it was started from.
 */
public final class Request {

    public static final String RUN = "run";
    public static final String STATUS = "status";
    public static final String STOP = "stop";

    public final int version;
    public final String kind;
    public final String build;
    public final String workingDirectory;
    public final boolean stderrTerminal;
    public final Map<String, String> environment;
    public final List<String> arguments;

    public Request(int version, String kind, String build, String workingDirectory,
            boolean stderrTerminal, Map<String, String> environment, List<String> arguments) {
        this.version = version;
        this.kind = kind;
        this.build = build;
        this.workingDirectory = workingDirectory;
        this.stderrTerminal = stderrTerminal;
        this.environment = environment;
        this.arguments = arguments;
    }

    public byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(version);
        out.writeUTF(kind);
        out.writeUTF(build);
        out.writeUTF(workingDirectory);
        out.writeBoolean(stderrTerminal);
        out.writeInt(environment.size());
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeUTF(entry.getValue());
        }
        out.writeInt(arguments.size());
        for (String argument : arguments) {
            out.writeUTF(argument);
        }
        out.flush();
        return bytes.toByteArray();
    }

    public static Request decode(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        int version = in.readInt();
        if (version != Frames.VERSION) {
            return new Request(version, "", "", "", false, Map.of(), List.of());
        }
        String kind = in.readUTF();
        String build = in.readUTF();
        String directory = in.readUTF();
        boolean terminal = in.readBoolean();
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            environment.put(in.readUTF(), in.readUTF());
        }
        List<String> arguments = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            arguments.add(in.readUTF());
        }
        return new Request(version, kind, build, directory, terminal, environment, arguments);
    }
}
