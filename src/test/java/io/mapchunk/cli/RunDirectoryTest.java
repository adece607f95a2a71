package io.mapchunk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep of run directories left by runs killed with {@code kill -9}: gone owners are removed,
 * live ones (lock held, or launcher alive and older than the directory) are kept.
 */
class RunDirectoryTest {

    @TempDir
    Path base;

    /** The sweeping run's own directory (never created here). */
    private Path own() {
        return base.resolve("mapchunk-1-ownownow");
    }

    private Path runDir(long pid, String suffix) throws Exception {
        Path dir = Files.createDirectory(base.resolve("mapchunk-" + pid + "-" + suffix));
        Files.writeString(dir.resolve("flink-rpc-akka.jar"), "24 MB in real life");
        Files.createDirectory(dir.resolve("minicluster_x"));
        Files.writeString(dir.resolve(RunDirectory.LOCK_FILE), "");
        return dir;
    }

    /** A pid no process has: a child that has exited and been reaped. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long pid = process.pid();
        assertThat(ProcessHandle.of(pid)).as("pid %d reused already", pid).isEmpty();
        return pid;
    }

    @Test
    void removesTheDirectoryOfARunWhoseProcessIsGone() throws Exception {
        Path stale = runDir(deadPid(), "AbC123xy");

        assertThat(RunDirectory.sweep(base, own(), Instant.now())).containsExactly(stale);

        assertThat(stale).doesNotExist();
    }

    @Test
    void keepsADirectoryWhoseLockIsHeld() throws Exception {
        Path live = runDir(deadPid(), "locked01");
        Process holder = holdLock(live.resolve(RunDirectory.LOCK_FILE));
        try {
            assertThat(RunDirectory.sweep(base, own(), Instant.now())).isEmpty();
            assertThat(live.resolve("flink-rpc-akka.jar")).exists();
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(RunDirectory.sweep(base, own(), Instant.now()))
                .as("released when its process ends").containsExactly(live);
    }

    @Test
    void keepsADirectoryWhoseLauncherIsAliveAndOlderThanIt() throws Exception {
        long alive = ProcessHandle.current().pid();
        Path starting = runDir(alive, "starting");

        assertThat(RunDirectory.sweep(base, own(), Instant.now())).isEmpty();
        assertThat(starting).exists();
    }

    @Test
    void removesADirectoryWhosePidWasReusedByALaterProcess() throws Exception {
        Path reused = runDir(ProcessHandle.current().pid(), "reused01");
        Instant thisJvmStarted = ProcessHandle.current().info().startInstant().orElseThrow();
        Files.setLastModifiedTime(reused, FileTime.from(thisJvmStarted.minus(Duration.ofMinutes(5))));

        assertThat(RunDirectory.sweep(base, own(), Instant.now())).containsExactly(reused);
    }

    @Test
    void removesAnUnlockedDirectoryOlderThanADayWhateverItsPid() throws Exception {
        Path abandoned = runDir(1, "abandon1");
        Instant now = Instant.now();
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(Duration.ofDays(2))));

        assertThat(RunDirectory.sweep(base, own(), now)).containsExactly(abandoned);
    }

    @Test
    void leavesItsOwnDirectoryAndOtherNamesAlone() throws Exception {
        Path mine = runDir(deadPid(), "mine0001");
        Path other = Files.createDirectory(base.resolve("mapchunk-data"));
        Path file = Files.writeString(base.resolve("mapchunk-12-file0001"), "");

        assertThat(RunDirectory.sweep(base, mine, Instant.now())).isEmpty();

        assertThat(mine).exists();
        assertThat(other).exists();
        assertThat(file).exists();
    }

    /** Another process (locks are per process) holding the lock until destroyed. */
    private static Process holdLock(Path lockFile) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path source = Files.createTempFile("Hold", ".java");
        Files.writeString(source, """
                public class Hold {
                    public static void main(String[] a) throws Exception {
                        var c = java.nio.channels.FileChannel.open(java.nio.file.Path.of(a[0]),
                                java.nio.file.StandardOpenOption.WRITE);
                        c.lock();
                        System.out.println("locked");
                        Thread.sleep(60_000);
                    }
                }
                """);
        Process process = new ProcessBuilder(java.toString(), source.toString(), lockFile.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new String(process.getInputStream().readNBytes(7)).strip();
            assertThat(line).isEqualTo("locked");
        } finally {
            Files.deleteIfExists(source);
        }
        return process;
    }
}
