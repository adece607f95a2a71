package io.mapchunk.source.reader;

import io.mapchunk.testing.CountText;
import io.mapchunk.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every genome in shared/data, cut at odd split sizes: byte-identical to faCount and seqtk comp. */
class ReferenceGenomesTest {

    static Stream<Arguments> genomes() {
        return SharedData.GENOMES.stream()
                .flatMap(name -> Stream.of(Arguments.of(name, 3_999_999L), Arguments.of(name, 256L << 20)));
    }

    @ParameterizedTest(name = "{0}, split {1}")
    @MethodSource("genomes")
    void countsMatchFaCountAndSeqtkReferences(String genome, long splitSize) throws Exception {
        var records = SplitHarness.count(SharedData.file(genome + ".fa"), splitSize, 1 << 20,
                1 << 18, 2, 7);

        assertThat(CountText.facount(records)).isEqualTo(Files.readString(
                SharedData.file(genome + ".facount.tsv"), StandardCharsets.ISO_8859_1));
        assertThat(CountText.seqtk(records)).isEqualTo(Files.readString(
                SharedData.file(genome + ".seqtk-comp.tsv"), StandardCharsets.ISO_8859_1));
    }
}
