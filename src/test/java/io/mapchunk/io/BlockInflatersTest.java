package io.mapchunk.io;

import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.Inflaters;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Both BGZF inflaters, ISA-L's and java.util.zip's, give back exactly the original bytes of random
 * data at every compression level (0 is stored blocks) and block size, and refuse spoiled blocks:
 * a wrong CRC32 with the named CRC error, damaged deflate data naming the block (or, where the
 * damage lies in bits the stream never reads, giving back the original bytes: never others).
 */
class BlockInflatersTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-inflaters");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Example
    void nativeInflaterLoadsOnLinuxX86AndLeavesNoFile() throws IOException {
        assumeThat(System.getProperty("os.name")).isEqualTo("Linux");
        assumeThat(System.getProperty("os.arch")).isIn("amd64", "x86_64");

        assertThat(BlockInflaters.nativeAvailable()).as("ISA-L's inflater loaded").isTrue();
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("mapchunk-isal")
                            || name.startsWith("libgkl_compression"));
        }
    }

    @Example
    void anUnknownInflaterIsRefused() {
        assertThatThrownBy(() -> Inflaters.with("zopfli", BlockInflaters::create))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mapchunk.inflater must be java or native, not 'zopfli'");
    }

    @Property(tries = 150)
    void bothInflatersReturnTheOriginalBytes(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 65280) int blockSize,
            @ForAll @IntRange(min = 0, max = 9) int level) throws Exception {
        byte[] data = data(seed);
        Path file = directory.write("o" + seed + ".gz", BgzfWriter.bgzf(data, blockSize, level));

        for (String inflater : Inflaters.BOTH) {
            assertThat(Inflaters.with(inflater, () -> readAll(file, data.length, seed)))
                    .as("%s inflater, block size %d, level %d", inflater, blockSize, level)
                    .isEqualTo(data);
        }
    }

    @Property(tries = 150)
    void bothInflatersRefuseASpoiledBlock(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 20000) int blockSize,
            @ForAll @IntRange(min = 0, max = 9) int level,
            @ForAll boolean inCrc) throws Exception {
        byte[] data = data(seed);
        byte[] bgzf = BgzfWriter.bgzf(data, blockSize, level);
        Random random = new Random(seed);
        int blocks = (data.length + blockSize - 1) / blockSize;
        int start = 0;
        for (int block = random.nextInt(blocks); block > 0; block--) {
            start += blockLength(bgzf, start);
        }
        int end = start + blockLength(bgzf, start);
        // deflate data is bytes [start + 18, end - 8); its last byte may end in padding bits
        int spoiled = inCrc ? end - 8 + random.nextInt(4)
                : start + 18 + random.nextInt(end - 8 - (start + 18) - 1);
        bgzf[spoiled] ^= (byte) 0xff;
        Path file = directory.write("s" + seed + ".gz", bgzf);

        for (String inflater : Inflaters.BOTH) {
            String described = String.format("%s inflater, byte %d of the block at %d spoiled",
                    inflater, spoiled, start);
            byte[] read;
            try {
                read = Inflaters.with(inflater, () -> readAll(file, data.length, seed));
            } catch (InputFileException refused) {
                assertThat(refused).as(described)
                        .hasMessageContaining("corrupt BGZF block at byte " + start + " (")
                        .hasMessageContaining(inCrc ? "CRC mismatch" : "");
                continue;
            }
            // a spoiled bit the stream never reaches (after the end-of-block code, in an empty
            // final block) leaves the bytes as they were: accepted, and only then
            assertThat(inCrc).as(described + ": a spoiled CRC was accepted").isFalse();
            assertThat(read).as(described + ": accepted, so the bytes must be the original")
                    .isEqualTo(data);
        }
    }

    /** The whole file through its channel, in reads of random sizes into heap or direct buffers. */
    private static byte[] readAll(Path file, int size, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] all = new byte[size];
        try (FileChannel channel = InputChannels.open(file)) {
            assertThat(channel.size()).isEqualTo(size);
            int at = 0;
            while (at < size) {
                int length = Math.min(size - at, 1 + random.nextInt(200_000));
                ByteBuffer buffer = random.nextBoolean() ? ByteBuffer.allocate(length)
                        : ByteBuffer.allocateDirect(length);
                while (buffer.hasRemaining()) {
                    channel.read(buffer, at + buffer.position());
                }
                buffer.get(0, all, at, length);
                at += length;
            }
        }
        return all;
    }

    private static int blockLength(byte[] bgzf, int start) {
        return ((bgzf[start + 16] & 0xff) | (bgzf[start + 17] & 0xff) << 8) + 1;
    }

    /** Genome-like text, runs, and random bytes (which do not compress), in random pieces. */
    private static byte[] data(long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[1 + random.nextInt(300_000)];
        for (int i = 0; i < data.length; ) {
            int piece = Math.min(data.length - i, 1 + random.nextInt(20_000));
            int kind = random.nextInt(3);
            for (int j = i; j < i + piece; j++) {
                data[j] = switch (kind) {
                    case 0 -> (byte) "ACGTNacgtn\n".charAt(random.nextInt(11));
                    case 1 -> (byte) 'N';
                    default -> (byte) random.nextInt();
                };
            }
            i += piece;
        }
        return data;
    }
}
