package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.SequenceFormats;
import io.mapchunk.job.RecordTable;
import io.mapchunk.job.StatsResult;
import io.mapchunk.runtime.RunFigures;
import io.mapchunk.testing.NaiveStats;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * seqkit's quartiles, N50 and rounding on many small random length sets (ties, one sequence, two,
 * all of one length, empty sequences), against {@link NaiveStats}' step-by-step port of seqkit.
 */
class SeqkitStatsFormatTest {

    @Test
    void rowsMatchSeqkitsOwnStepsOnRandomLengthSets() throws IOException {
        Random random = new Random(2024);
        for (int round = 0; round < 3000; round++) {
            int records = 1 + random.nextInt(round % 3 == 0 ? 3 : 15);
            int maxLength = random.nextBoolean() ? 4 : 60;
            StringBuilder fasta = new StringBuilder();
            List<SequenceCount> counts = new ArrayList<>();
            String first = null;
            for (int r = 0; r < records; r++) {
                int length = random.nextInt(maxLength + 1);
                StringBuilder sequence = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    sequence.append("ACGTACGTgcNn-. U*".charAt(random.nextInt(17)));
                }
                fasta.append(">r").append(r).append('\n').append(sequence).append('\n');
                counts.add(new SequenceCount(r, "r" + r, false, counts(sequence.toString())));
                first = first == null ? sequence.toString() : first;
            }
            StatsResult stats = StatsResult.of(
                    new SequenceFile("/x.fa", fasta.length(), 0, SequenceFormats.FASTA),
                    RecordTable.of(counts).with(RecordTable.N_RUNS, new long[records]),
                    letters(first), new RunFigures(0, 1, 0, 0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SeqkitStatsFormat().write(List.of(new StatsEntry("x.fa", stats)), out);

            assertThat(out.toString(StandardCharsets.ISO_8859_1))
                    .as("round %d:\n%s", round, fasta)
                    .isEqualTo(SeqkitStatsFormat.HEADER + NaiveStats.of("x.fa",
                            fasta.toString().getBytes(StandardCharsets.ISO_8859_1)).row() + "\n");
        }
    }

    @Test
    void fileWithoutRecordsHasNoFormatNorType() throws IOException {
        StatsResult stats = StatsResult.of(new SequenceFile("/e.fa", 0, 0, SequenceFormats.FASTA),
                RecordTable.of(List.of()).with(RecordTable.N_RUNS, new long[0]),
                new LeadingAlphabetAnalysis.Letters(false, new int[0]),
                new RunFigures(0, 1, 0, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SeqkitStatsFormat().write(List.of(new StatsEntry("e.fa", stats)), out);

        assertThat(out.toString(StandardCharsets.ISO_8859_1)).endsWith(
                "\ne.fa\t\t\t0\t0\t0\t0.0\t0\t0.0\t0.0\t0.0\t0\t0\t0.00\t0.00\t0.00\n");
    }

    /** The counters the row reads: length, G, C and seqkit's gap letters. */
    private static BaseCounts counts(String sequence) {
        BaseCounts counts = new BaseCounts();
        for (char ch : sequence.toCharArray()) {
            counts.length++;
            counts.g += ch == 'G' || ch == 'g' ? 1 : 0;
            counts.c += ch == 'C' || ch == 'c' ? 1 : 0;
            counts.gap += ch == '-' || ch == '.' || ch == ' ' ? 1 : 0;
        }
        return counts;
    }

    private static LeadingAlphabetAnalysis.Letters letters(String first) {
        TreeSet<Integer> values = new TreeSet<>();
        first.chars().forEach(values::add);
        return new LeadingAlphabetAnalysis.Letters(true,
                values.stream().mapToInt(Integer::intValue).toArray());
    }
}
