package io.mapchunk.io;

import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Positioned reads of random lengths at random offsets (forward, backward, across block edges,
 * into heap and direct buffers) through the BGZF and gzip channels return exactly the bytes of
 * the uncompressed data, with the block table walked or taken from a {@code .gzi} written from it.
 */
class CompressedChannelsPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-channels");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 200)
    void bgzfReadsReturnTheUncompressedBytes(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int blockSize,
            @ForAll boolean withGzi) throws IOException {
        byte[] data = data(seed);
        Path file = directory.write("d" + seed + "-" + blockSize + ".gz",
                BgzfWriter.bgzf(data, blockSize, 6));
        Files.deleteIfExists(BgzfBlocks.gziPath(file));
        if (withGzi) {
            try (OutputStream out = Files.newOutputStream(BgzfBlocks.gziPath(file))) {
                BgzfBlocks.walk(file).writeGzi(out);
            }
        }

        assertReadsMatch(file, data, seed);
    }

    @Property(tries = 100)
    void gzipReadsReturnTheUncompressedBytes(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int members) throws IOException {
        byte[] data = data(seed);
        Path file = directory.write("g" + seed + ".gz", BgzfWriter.gzip(data, members));

        assertReadsMatch(file, data, seed);
    }

    private static void assertReadsMatch(Path file, byte[] data, long seed) throws IOException {
        Random random = new Random(seed);
        try (FileChannel channel = InputChannels.open(file)) {
            assertThat(channel.size()).isEqualTo(data.length);
            long offset = 0;
            for (int i = 0; i < 40; i++) {
                offset = random.nextInt(4) == 0 ? random.nextInt(data.length + 2)
                        : Math.min(data.length + 1, offset + random.nextInt(2000));
                int length = random.nextInt(random.nextBoolean() ? 50 : 9000);
                ByteBuffer buffer = random.nextBoolean() ? ByteBuffer.allocate(length)
                        : ByteBuffer.allocateDirect(length);
                int read = 0;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, offset + read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
                int expected = (int) Math.max(0, Math.min(length, data.length - offset));
                assertThat(read).as("bytes read at %d", offset).isEqualTo(expected);
                if (read > 0) {
                    byte[] bytes = new byte[read];
                    buffer.get(0, bytes);
                    assertThat(bytes).as("bytes at %d", offset).isEqualTo(
                            Arrays.copyOfRange(data, (int) offset, (int) offset + read));
                }
            }
        }
    }

    private static byte[] data(long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[1 + random.nextInt(40_000)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) "ACGTNacgt\n>".charAt(random.nextInt(11));
        }
        return data;
    }
}
