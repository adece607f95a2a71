package io.mapchunk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inputs and outputs that are not regular files: a pipe or a device as input is refused in one
 * line (splits are read at offsets, and a stream has no size to plan by); an output that is a
 * device or a FIFO is written in place, never renamed over, and a failed write is a failure.
 */
class SpecialFilesTest extends CommandLineTest {

    private static final Path LAMBDA = Path.of("data/lambda_virus.fa");

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
    void aDeviceAsInputIsRefusedInOneLine(String device) {
        assumeTrue(Files.exists(Path.of(device)));

        int exit = run("count", device);

        assertThat(exit).as(errors.toString()).isEqualTo(1);
        assertThat(errors.toString().lines().toList()).singleElement().asString()
                .isEqualTo("mapchunk: " + device + ": not a regular file (a pipe, socket or"
                        + " device); mapchunk reads files at offsets, in parallel: save the data to"
                        + " a file first");
    }

    @Test
    void aFifoAsInputIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = fifo("in.fa");

        // nobody writes: a run that opened the FIFO would block for ever
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> run("stats", fifo.toString()));

        assertThat(exit.get(60, TimeUnit.SECONDS)).as(errors.toString()).isEqualTo(1);
        assertThat(errors.toString()).contains("not a regular file");
    }

    @Test
    void aFullDeviceAsOutputIsAFailureAndStaysADevice() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full));

        int exit = run("count", "-o", full.toString(), LAMBDA.toString());

        assertThat(exit).as(errors.toString()).isEqualTo(1);
        assertThat(errors.toString().lines().toList()).singleElement().asString()
                .isEqualTo("mapchunk: /dev/full: write failed: No space left on device");
        assertThat(attributes(full).isOther()).as("/dev/full is still a device").isTrue();
    }

    @Test
    void theNullDeviceAsOutputSucceedsAndStaysADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));

        int exit = run("count", "-o", devNull.toString(), LAMBDA.toString());

        assertThat(exit).as(errors.toString()).isZero();
        assertThat(attributes(devNull).isOther()).as("/dev/null is still a device").isTrue();
    }

    @Test
    void aFifoAsOutputIsWrittenInPlace() throws Exception {
        Path fifo = fifo("out.tsv");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        int exit = run("count", "-o", fifo.toString(), LAMBDA.toString());

        assertThat(exit).as(errors.toString()).isZero();
        assertThat(new String(read.get(60, TimeUnit.SECONDS)))
                .isEqualTo(Files.readString(Path.of("data/lambda_virus.facount.tsv")));
        assertThat(attributes(fifo).isOther()).as("the FIFO is still a FIFO").isTrue();
    }

    @Test
    void anOutputThatIsASymbolicLinkStaysALinkToTheNewResult() throws Exception {
        Path result = Files.writeString(directory.resolve("result.tsv"), "old\n");
        Path link = Files.createSymbolicLink(directory.resolve("latest.tsv"), result.getFileName());

        int exit = run("count", "-o", link.toString(), LAMBDA.toString());

        assertThat(exit).as(errors.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(result))
                .isEqualTo(Files.readString(Path.of("data/lambda_virus.facount.tsv")));
    }

    private Path fifo(String name) throws Exception {
        Path fifo = directory.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        return fifo;
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}
