package io.mapchunk.analysis.count;

import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel's word-at-a-time path (chunks of 4 KiB and more) and its scalar paths against the
 * naive counter, on long sequences with line breaks, fed in random chunk sizes.
 */
class CountKernelPropertiesTest {

    @Property(tries = 200)
    void kernelMatchesNaiveCounterOnLongSequences(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 70_000) int maxChunk,
            @ForAll boolean withAmbiguityCodes) {
        Random random = new Random(seed);
        String sequenceLines = lines(random, 20_000 + random.nextInt(60_000), withAmbiguityCodes);
        byte[] bytes = sequenceLines.getBytes(StandardCharsets.ISO_8859_1);

        ScalarCountKernel kernel = new ScalarCountKernel();
        kernel.reset();
        for (int from = 0; from < bytes.length; ) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(maxChunk));
            // a direct buffer at an odd offset, like a mapped view
            ByteBuffer direct = ByteBuffer.allocateDirect(length + 3);
            direct.position(3);
            direct.put(bytes, from, length);
            kernel.add(direct.position(3).slice().order(ByteOrder.LITTLE_ENDIAN));
            from += length;
        }
        BaseCounts counts = kernel.counts();

        NaiveCounts.Row expected =
                NaiveCounts.fasta((">x\n" + sequenceLines).getBytes(StandardCharsets.ISO_8859_1)).get(0);
        assertThat(List.of(counts.length, counts.a, counts.c, counts.g, counts.t, counts.nonAcgt(),
                        counts.cpg, counts.iupac2(), counts.iupac3(), counts.iupac4OrOther(),
                        2 * counts.cpgContextPairs, counts.r + counts.y, counts.cpgContextTransitions,
                        counts.lower))
                .as("len A C G T N cpg #2 #3 #4 #CpG #ts #CpG-ts lower")
                .containsExactly(expected.length(), expected.a(), expected.c(), expected.g(),
                        expected.t(), expected.nonAcgt(), expected.cg(), expected.iupac2(),
                        expected.iupac3(), expected.iupac4(), expected.seqtkCpg(), expected.ts(),
                        expected.cpgTs(), expected.lower());
    }

    private static String lines(Random random, int length, boolean ambiguity) {
        String alphabet = ambiguity ? "ACGTCGCGacgtcgNnRYryKMSWBDHV" : "ACGTCGCGCGacgtcgcgNn";
        String[] endings = {"\n", "\r\n", "\r", "\n\n", "\r\n\r\n"};
        String ending = endings[random.nextInt(endings.length)];
        int width = 1 + random.nextInt(120);
        StringBuilder out = new StringBuilder(length + length / width * 2 + 2);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if ((i + 1) % width == 0) {
                out.append(ending);
            }
        }
        return out.toString();
    }
}
