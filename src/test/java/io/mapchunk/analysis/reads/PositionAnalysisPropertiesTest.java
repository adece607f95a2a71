package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Pass;
import io.mapchunk.cli.output.PositionTsvFormat;
import io.mapchunk.job.PositionResult;
import io.mapchunk.runtime.RunFigures;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.NaivePositions;
import io.mapchunk.testing.NaiveReads;
import io.mapchunk.testing.RandomFastq;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-position table of random FASTQ (empty to 100,000-base reads, CRLF, qualities beginning
 * with {@code @} or {@code +}) through the pass, cut into any split layout down to one byte and
 * read by one to four subtasks: every row as printed equals the naive computation's.
 */
class PositionAnalysisPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-positions");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 200)
    void perPositionRowsMatchNaiveForAnySplitLayout(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 20_000) int splitSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks, @ForAll boolean map)
            throws Exception {
        byte[] fastq = RandomFastq.generate(seed).bytes();
        List<NaiveReads.Read> reads = NaiveReads.reads(fastq);
        if (reads.isEmpty()) {
            return; // no records: not a FASTQ file
        }
        Path file = directory.write("r-" + seed + ".fq", fastq);
        PositionAnalysis positions = new PositionAnalysis();

        PositionTable table = SplitHarness.run(Pass.of(positions), file,
                map ? ReadMethod.MAP : ReadMethod.READ, splitSize, 1 << 16, 4096, subtasks, seed)
                .get(positions);

        assertThat(rows(table)).as("per-position rows of %d reads, longest %d", reads.size(),
                table.longest()).containsExactlyElementsOf(NaivePositions.positionRows(reads));
    }

    private static List<String> rows(PositionTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PositionTsvFormat().write(new PositionResult("x", table, new RunFigures(0, 1, 0, 0)),
                out);
        String[] lines = out.toString(StandardCharsets.US_ASCII).split("\n");
        return Arrays.asList(lines).subList(1, lines.length);
    }
}
