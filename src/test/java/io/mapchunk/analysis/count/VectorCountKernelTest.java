package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorApi;
import io.mapchunk.testing.Kernels;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.NaiveDinucleotides;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vector API kernel against the naive counter: every byte value, LF/CRLF/CR line ends and
 * runs of terminators, chunks from one byte up, and C...G pairs placed across every kind of edge
 * (vector lanes, 4 KiB blocks, 64 KiB copies, chunks), with and without rare bytes; with a pair
 * counter, the dinucleotides it counts in the same sweep against the naive pairs too.
 */
class VectorCountKernelTest {

    private static final String[] ENDINGS = {"\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\n\n"};

    @Test
    void factoryPicksTheVectorKernelWhenItsModuleIsPresent() throws Exception {
        assertThat(VectorApi.available())
                .as("surefire starts the JVM with --add-modules jdk.incubator.vector").isTrue();
        assertThat(Kernels.<CountKernel>with(true, CountKernels::create))
                .isInstanceOf(VectorCountKernel.class);
        assertThat(Kernels.<CountKernel>with(false, CountKernels::create))
                .isInstanceOf(ScalarCountKernel.class);
    }

    @Property(tries = 300)
    void matchesNaiveCounterOnRandomSequences(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 70_000) int maxChunk,
            @ForAll @IntRange(min = 0, max = 3) int rareness, @ForAll boolean withPairs) {
        Random random = new Random(seed);
        byte[] bytes = randomSequence(random, 1 + random.nextInt(150_000), rareness);
        assertMatchesNaive(bytes, random, maxChunk, withPairs);
    }

    @Property(tries = 300)
    void matchesNaiveCounterOnShortSequencesInTinyChunks(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int maxChunk,
            @ForAll @IntRange(min = 0, max = 3) int rareness, @ForAll boolean withPairs) {
        Random random = new Random(seed);
        byte[] bytes = randomSequence(random, random.nextInt(600), rareness);
        assertMatchesNaive(bytes, random, maxChunk, withPairs);
    }

    /** C, terminators, G (and Y/R variants) placed at every offset around lane, block and copy edges. */
    @Test
    void countsPairsPlacedAcrossEveryEdge() {
        String[] patterns = {"CG", "cg", "Cg", "C\nG", "c\r\ng", "C\rG", "C\n\nG", "C\r\n\nG",
            "C\n\n\nG", "C\r\n\r\nG", "\nCG\n", "CR", "YG", "YR", "C\nR", "Y\r\nG", "CNG", "C\u00e9G"};
        int[] edges = {0, 16, 32, 64, 128, 2048, 4096, 8192, 65536, 65536 + 4096};
        int[] chunkSizes = {1, 3, 31, 32, 33, 4095, 4096, 4099, 65536, 1 << 22};
        for (String pattern : patterns) {
            byte[] motif = pattern.getBytes(StandardCharsets.ISO_8859_1);
            for (int edge : edges) {
                for (int offset = Math.max(0, edge - 6); offset <= edge + 2; offset++) {
                    for (String background : new String[] {"A", "ACGT\n", "Y"}) {
                        byte[] bytes = filled(background, offset + motif.length + 40);
                        System.arraycopy(motif, 0, bytes, offset, motif.length);
                        NaiveCounts.Row expected = NaiveCounts.raw("x", bytes);
                        for (int chunkSize : chunkSizes) {
                            if (chunkSize < 4095 && bytes.length > 5000) {
                                continue;
                            }
                            for (boolean withPairs : new boolean[] {false, true}) {
                                VectorPairCounter pairs = withPairs ? new VectorPairCounter() : null;
                                CountKernel kernel = new VectorCountKernel(pairs);
                                kernel.reset();
                                feed(kernel, bytes, chunkSize);
                                assertCounts(kernel, pairs, bytes, expected, "'"
                                        + pattern.replace("\n", "\\n").replace("\r", "\\r")
                                        + "' at " + offset + " in " + background.trim()
                                        + ", chunks of " + chunkSize + (withPairs ? ", pairs" : ""));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void reportsFirstAndLastPairClassAcrossTerminators() {
        CountKernel kernel = new VectorCountKernel(null);
        kernel.reset();
        feed(kernel, "\r\n\ngATTAC\n".getBytes(StandardCharsets.US_ASCII), 3);
        assertThat(kernel.firstClass()).isEqualTo(ScalarCountKernel.SECOND_G);
        assertThat(kernel.lastClass()).isEqualTo(ScalarCountKernel.FIRST_C);
        feed(kernel, "TTy\r\n".getBytes(StandardCharsets.US_ASCII), 100);
        assertThat(kernel.lastClass()).isEqualTo(ScalarCountKernel.FIRST_Y);
    }

    private static void assertMatchesNaive(byte[] bytes, Random random, int maxChunk,
            boolean withPairs) {
        VectorPairCounter pairs = withPairs ? new VectorPairCounter() : null;
        CountKernel kernel = new VectorCountKernel(pairs);
        kernel.reset();
        for (int from = 0; from < bytes.length; ) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(maxChunk));
            kernel.add(directView(bytes, from, length));
            from += length;
        }
        assertCounts(kernel, pairs, bytes, NaiveCounts.raw("x", bytes),
                "random input of " + bytes.length + " bytes" + (withPairs ? ", pairs" : ""));
    }

    private static void feed(CountKernel kernel, byte[] bytes, int chunkSize) {
        for (int from = 0; from < bytes.length; from += chunkSize) {
            kernel.add(directView(bytes, from, Math.min(chunkSize, bytes.length - from)));
        }
    }

    /** A direct buffer at an odd offset, like a mapped view. */
    private static ByteBuffer directView(byte[] bytes, int from, int length) {
        ByteBuffer direct = ByteBuffer.allocateDirect(length + 3);
        direct.position(3);
        direct.put(bytes, from, length);
        return direct.position(3).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The kernel's counts, and the pairs it counted into {@code pairs} if not null. */
    private static void assertCounts(CountKernel kernel, VectorPairCounter pairs, byte[] bytes,
            NaiveCounts.Row expected, String description) {
        if (pairs != null) {
            long[] counted = new long[16];
            for (int cell = 0; cell < 16; cell++) {
                counted[cell] = pairs.cells[cell / 4 * 5 + cell % 4];
            }
            assertThat(counted).as("dinucleotides, " + description)
                    .containsExactly(NaiveDinucleotides.raw(bytes));
        }
        BaseCounts counts = kernel.counts();
        assertThat(List.of(counts.length, counts.a, counts.c, counts.g, counts.t, counts.nonAcgt(),
                        counts.cpg, counts.iupac2(), counts.iupac3(), counts.iupac4OrOther(),
                        2 * counts.cpgContextPairs, counts.s + counts.w + counts.k + counts.m,
                        counts.r + counts.y, counts.cpgContextTransitions, counts.lower))
                .as("len A C G T N cpg #2 #3 #4 #CpG #tv #ts #CpG-ts lower, " + description)
                .containsExactly(expected.length(), expected.a(), expected.c(), expected.g(),
                        expected.t(), expected.nonAcgt(), expected.cg(), expected.iupac2(),
                        expected.iupac3(), expected.iupac4(), expected.seqtkCpg(), expected.tv(),
                        expected.ts(), expected.cpgTs(), expected.lower());
        assertThat(List.of(kernel.firstClass(), kernel.lastClass()))
                .as("first and last pair class, " + description)
                .containsExactly(naiveFirstClass(bytes), naiveLastClass(bytes));
    }

    private static int naiveFirstClass(byte[] bytes) {
        for (byte value : bytes) {
            char base = Character.toUpperCase((char) (value & 0xff));
            if (base != '\n' && base != '\r') {
                return switch (base) {
                    case 'C' -> ScalarCountKernel.FIRST_C;
                    case 'Y' -> ScalarCountKernel.FIRST_Y;
                    case 'G' -> ScalarCountKernel.SECOND_G;
                    case 'R' -> ScalarCountKernel.SECOND_R;
                    default -> 0;
                };
            }
        }
        return 0;
    }

    private static int naiveLastClass(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            char base = Character.toUpperCase((char) (bytes[i] & 0xff));
            if (base != '\n' && base != '\r') {
                return base == 'C' ? ScalarCountKernel.FIRST_C : base == 'Y' ? ScalarCountKernel.FIRST_Y : 0;
            }
        }
        return 0;
    }

    /**
     * Lines of mostly A C G T N (CG-rich, both cases) with line ends of one kind; {@code rareness}
     * 0 has no other byte, 1 a few IUPAC codes, 2 one rare byte (any value) per ~20 KiB, 3 many.
     */
    private static byte[] randomSequence(Random random, int length, int rareness) {
        String alphabet = "ACGTCGCGCGacgtcgcgNn";
        String ending = ENDINGS[random.nextInt(ENDINGS.length)];
        int width = 1 + random.nextInt(random.nextBoolean() ? 8 : 120);
        double rareRate = switch (rareness) {
            case 0 -> 0;
            case 1, 2 -> 1.0 / 20_000;
            default -> 1.0 / 50;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + length / width * 4 + 4);
        for (int i = 0; i < length; i++) {
            if (random.nextDouble() < rareRate) {
                out.write(rareness == 1 ? "RYKMSWBDHVry".charAt(random.nextInt(12)) : random.nextInt(256));
            } else {
                out.write(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if ((i + 1) % width == 0) {
                out.writeBytes(ending.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    private static byte[] filled(String background, int length) {
        byte[] bytes = new byte[length];
        IntStream.range(0, length).forEach(i -> bytes[i] = (byte) background.charAt(i % background.length()));
        return bytes;
    }
}
