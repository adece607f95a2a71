package io.mapchunk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP listeners of this JVM, read from Linux's {@code /proc}: the sockets among this process'
 * file descriptors that {@code /proc/net/tcp} and {@code tcp6} list in state LISTEN. Shares no code
 * with Flink's configuration, so a listener Flink opens on a wildcard address shows as one.
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Whether {@code /proc} can tell (Linux). */
    public static boolean available() {
        return Files.isReadable(Path.of("/proc/self/net/tcp"));
    }

    /** Each listener as {@code address:port} (IPv4 dotted, IPv6 as 32 hex digits). */
    public static Set<String> ofThisProcess() throws IOException {
        Set<String> inodes = socketInodes();
        Set<String> listeners = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path path = Path.of("/proc/self/net", table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    listeners.add(address(fields[1]));
                }
            }
        }
        return listeners;
    }

    /** Whether a listener printed by {@link #ofThisProcess} is on a loopback address. */
    public static boolean isLoopback(String listener) {
        return listener.startsWith("127.")
                || listener.startsWith("00000000000000000000000001000000:")
                || listener.startsWith("0000000000000000FFFF00000100007F:");
    }

    private static Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed between listing and reading is not a listener
                }
            }
        }
        return inodes;
    }

    private static String address(String hexAddressAndPort) {
        String[] parts = hexAddressAndPort.split(":");
        int port = Integer.parseInt(parts[1], 16);
        if (parts[0].length() != 8) {
            return parts[0] + ":" + port;
        }
        List<String> octets = new ArrayList<>();
        for (int i = 6; i >= 0; i -= 2) {
            octets.add(String.valueOf(Integer.parseInt(parts[0].substring(i, i + 2), 16)));
        }
        return String.join(".", octets) + ":" + port;
    }
}
