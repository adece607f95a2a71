package io.mapchunk.analysis.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vector API line scanner gives the plain scanner's summary (which {@link IndexBuildTest}
 * checks against the naive index) on random lines: LF, CRLF, CR, blank lines, odd bytes, chunks
 * from one byte up, pieces starting anywhere.
 */
class VectorLineScannerTest {

    @Property(tries = 400)
    void summarisesLikeThePlainScanner(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int maxChunk,
            @ForAll @IntRange(min = 0, max = 3) int oddness) {
        Random random = new Random(seed);
        byte[] bytes = randomLines(random, random.nextInt(5_000), oddness);
        long start = random.nextInt(1000);

        LineSummary expected = scan(new LineScanner(), bytes, start, new Random(seed), maxChunk);
        LineSummary actual = scan(VectorLineScanner.newScanner(), bytes, start, new Random(seed), maxChunk);

        assertThat(actual).as("summary of %s", new String(bytes, StandardCharsets.ISO_8859_1))
                .usingRecursiveComparison().isEqualTo(expected);
    }

    /** Chunks longer than the scanner's 16 KiB copy, so that pieces end mid-chunk. */
    @Property(tries = 60)
    void summarisesLongChunksLikeThePlainScanner(
            @ForAll long seed,
            @ForAll @IntRange(min = 16_000, max = 40_000) int maxChunk,
            @ForAll @IntRange(min = 0, max = 3) int oddness) {
        Random random = new Random(seed);
        byte[] bytes = randomLines(random, 30_000 + random.nextInt(40_000), oddness);

        LineSummary expected = scan(new LineScanner(), bytes, 7, new Random(seed), maxChunk);
        LineSummary actual = scan(VectorLineScanner.newScanner(), bytes, 7, new Random(seed), maxChunk);

        assertThat(actual).as("summary of %d bytes, chunks up to %d", bytes.length, maxChunk)
                .usingRecursiveComparison().isEqualTo(expected);
    }

    /** A single lone CR (a bad byte) at the last lane of a vector or anywhere else. */
    @Property(tries = 300)
    void findsALoneCarriageReturnAnywhere(
            @ForAll long seed,
            @ForAll @IntRange(min = 64, max = 400) int chunk,
            @ForAll @IntRange(min = 0, max = 2_000) int at) {
        Random random = new Random(seed);
        // at least 2,049 bytes: the last lane of the vector holding byte 2,000 is 2,047, then 'A'
        byte[] bytes = randomLines(random, 2_049 + random.nextInt(2_000), 0);
        int position = random.nextBoolean() ? at : (at / 64) * 64 + 63;
        bytes[position] = '\r';
        bytes[position + 1] = 'A';
        LineSummary expected = scan(new LineScanner(), bytes, 0, new Random(seed), chunk);
        LineSummary actual = scan(VectorLineScanner.newScanner(), bytes, 0, new Random(seed), chunk);
        assertThat(actual).as("summary with a CR at %d", position)
                .usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual.firstBadByte).isEqualTo(position);
    }

    private static LineSummary scan(LineScanner scanner, byte[] bytes, long start, Random random,
            int maxChunk) {
        scanner.reset(start);
        for (int from = 0; from < bytes.length; ) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(maxChunk));
            ByteBuffer direct = ByteBuffer.allocateDirect(length + 5);
            direct.position(5);
            direct.put(bytes, from, length);
            scanner.add(direct.position(5).slice().order(ByteOrder.LITTLE_ENDIAN), start + from);
            from += length;
        }
        return scanner.finish();
    }

    /** Lines of bases; {@code oddness} 0: LF only, 1: CRLF or CR too, 2: blank lines, 3: any byte. */
    private static byte[] randomLines(Random random, int length, int oddness) {
        String[] endings = oddness == 0 ? new String[] {"\n"}
                : oddness == 1 ? new String[] {"\n", "\r\n", "\r"}
                : new String[] {"\n", "\r\n", "\n\n", "\r\n\r\n", "\r"};
        String ending = endings[random.nextInt(endings.length)];
        int width = 1 + random.nextInt(random.nextBoolean() ? 10 : 200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < length; i++) {
            if (oddness == 3 && random.nextInt(500) == 0) {
                out.write(random.nextInt(256));
            } else {
                out.write("ACGTNacgtnRY".charAt(random.nextInt(12)));
            }
            if ((i + 1) % width == 0) {
                out.writeBytes(ending.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }
}
