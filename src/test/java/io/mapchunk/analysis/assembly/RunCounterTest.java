package io.mapchunk.analysis.assembly;

import io.mapchunk.testing.Kernels;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The N-run loop, with and without the vector search for blocks without N, against a naive count
 * over the bytes with line ends removed: N runs of every length (across line ends, LF, CRLF or
 * CR, and across chunk and 8 KiB block edges), sequences without any N, chunks from one byte.
 */
class RunCounterTest {

    private static final String[] ENDINGS = {"\n", "\r\n", "\r", "\n\n"};

    @Property(tries = 300)
    void countsRunsAsANaiveScanDoes(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40_000) int maxChunk,
            @ForAll @IntRange(min = 0, max = 3) int nRate, @ForAll boolean vector)
            throws Exception {
        Random random = new Random(seed);
        byte[] bytes = sequence(random, random.nextInt(60_000), nRate);

        NRunAnalysis.RunCounter counter = Kernels.with(vector, NRunAnalysis.RunCounter::new);
        counter.reset();
        for (int from = 0; from < bytes.length; ) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(maxChunk));
            ByteBuffer direct = ByteBuffer.allocateDirect(length).order(ByteOrder.LITTLE_ENDIAN);
            direct.put(bytes, from, length).flip();
            counter.add(direct);
            from += length;
        }

        String bases = new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("[\r\n]", "");
        long runs = Pattern.compile("[Nn]+").matcher(bases).results().count();
        assertThat(List.of(counter.runs, counter.bases, counter.firstIsN, counter.lastIsN))
                .as("runs, bases, first and last N, %d bytes", bytes.length)
                .containsExactly(runs, !bases.isEmpty(),
                        !bases.isEmpty() && (bases.charAt(0) | 0x20) == 'n',
                        !bases.isEmpty() && (bases.charAt(bases.length() - 1) | 0x20) == 'n');
    }

    /** Lines of A C G T (either case), with N runs: none, rare long ones, or many short ones. */
    private static byte[] sequence(Random random, int length, int nRate) {
        String ending = ENDINGS[random.nextInt(ENDINGS.length)];
        int width = 1 + random.nextInt(random.nextBoolean() ? 6 : 120);
        double start = switch (nRate) {
            case 0 -> 0;
            case 1 -> 1.0 / 20_000;
            case 2 -> 1.0 / 500;
            default -> 1.0 / 10;
        };
        StringBuilder out = new StringBuilder();
        int run = 0;
        for (int i = 0; i < length; i++) {
            if (run == 0 && random.nextDouble() < start) {
                run = 1 + random.nextInt(random.nextBoolean() ? 5 : 20_000);
            }
            if (run > 0) {
                out.append(random.nextBoolean() ? 'N' : 'n');
                run--;
            } else {
                out.append("ACGTacgt".charAt(random.nextInt(8)));
            }
            if ((i + 1) % width == 0) {
                out.append(ending);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
