package io.mapchunk.source.reader;

import io.mapchunk.testing.Kernels;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every genome in shared/data, cut at odd split sizes, read by each method and counted by each
 * kernel: byte-identical to faCount and seqtk comp.
 */
class ReferenceGenomesTest {

    static Stream<Arguments> genomes() {
        return Stream.of("scalar", "vector").flatMap(kernel -> Stream.of(ReadMethod.values())
                .flatMap(method -> SharedData.GENOMES.stream()
                        .flatMap(name -> Stream.of(Arguments.of(name, 3_999_999L, kernel, method),
                                Arguments.of(name, 256L << 20, kernel, method)))));
    }

    @ParameterizedTest(name = "{0}, split {1}, {2} kernel, {3}")
    @MethodSource("genomes")
    void countsMatchFaCountAndSeqtkReferences(String genome, long splitSize, String kernel,
            ReadMethod method) throws Exception {
        List<SequenceCount> records = Kernels.with(kernel, () -> SplitHarness.count(
                SharedData.file(genome + ".fa"), method, splitSize, 1 << 20, 1 << 18, 2, 7));

        assertThat(CountText.facount(records)).isEqualTo(Files.readString(
                SharedData.file(genome + ".facount.tsv"), StandardCharsets.ISO_8859_1));
        assertThat(CountText.seqtk(records)).isEqualTo(Files.readString(
                SharedData.file(genome + ".seqtk-comp.tsv"), StandardCharsets.ISO_8859_1));
    }
}
