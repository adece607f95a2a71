package io.mapchunk.io;

import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.Inflaters;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.Example;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Positioned reads of random lengths at random offsets (forward, backward, across block edges,
 * into heap and direct buffers) through the BGZF and gzip channels return exactly the bytes of
 * the uncompressed data, with the block table walked or taken from a {@code .gzi} written from it,
 * and BGZF blocks inflated by either inflater ({@link Inflaters}).
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
            @ForAll boolean withGzi, @ForAll("inflaters") String inflater) throws Exception {
        byte[] data = data(seed);
        Path file = directory.write("d" + seed + "-" + blockSize + ".gz",
                BgzfWriter.bgzf(data, blockSize, 6));
        Files.deleteIfExists(BgzfBlocks.gziPath(file));
        if (withGzi) {
            try (OutputStream out = Files.newOutputStream(BgzfBlocks.gziPath(file))) {
                BgzfBlocks.walk(file).writeGzi(out);
            }
        }

        Inflaters.with(inflater, () -> {
            assertReadsMatch(file, data, seed);
            return null;
        });
    }

    @Provide
    Arbitrary<String> inflaters() {
        return Arbitraries.of(Inflaters.BOTH);
    }

    @Property(tries = 100)
    void gzipReadsReturnTheUncompressedBytes(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int members) throws IOException {
        byte[] data = data(seed);
        Path file = directory.write("g" + seed + ".gz", BgzfWriter.gzip(data, members));

        assertReadsMatch(file, data, seed);
    }

    @Example
    void onlyTheBlocksAReadTouchesAreInflated() throws Exception {
        for (String inflater : Inflaters.BOTH) {
            Inflaters.with(inflater, () -> {
                onlyTheBlocksAReadTouchesAreInflatedBy(inflater);
                return null;
            });
        }
    }

    private void onlyTheBlocksAReadTouchesAreInflatedBy(String inflater) throws IOException {
        byte[] data = data(5);
        int blockSize = 1000;
        assertThat(data.length).as("bytes for six blocks").isGreaterThan(6 * blockSize);
        byte[] file = BgzfWriter.bgzf(data, blockSize, 6);
        // spoil the CRC of block 3: only a read that touches block 3 may notice
        int start = 0;
        for (int block = 0; block < 3; block++) {
            start += ((file[start + 16] & 0xff) | (file[start + 17] & 0xff) << 8) + 1;
        }
        int end = start + ((file[start + 16] & 0xff) | (file[start + 17] & 0xff) << 8) + 1;
        file[end - 8] ^= 1;
        Path path = directory.write("spoiled-" + inflater + ".gz", file);

        try (FileChannel channel = InputChannels.open(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(2 * blockSize);
            channel.read(buffer, 0);
            assertThat(buffer.array()).isEqualTo(Arrays.copyOf(data, 2 * blockSize));
            buffer.clear();
            channel.read(buffer, 4L * blockSize);
            assertThat(buffer.array())
                    .isEqualTo(Arrays.copyOfRange(data, 4 * blockSize, 6 * blockSize));
            assertThatThrownBy(() -> channel.read(ByteBuffer.allocate(10), 3L * blockSize + 500))
                    .as(inflater).isInstanceOf(InputFileException.class)
                    .hasMessageContaining("CRC mismatch")
                    .hasMessageContaining("at byte " + start);
        }
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
