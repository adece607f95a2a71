package io.mapchunk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.Dinucleotides;
import io.mapchunk.analysis.count.PartCount;
import io.mapchunk.format.SequenceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassValuesTest {

    @Test
    void aValueComesBackEqualThroughItsAnalysisSerializer() throws Exception {
        BaseCounts counts = new BaseCounts();
        counts.length = 12;
        counts.g = 7;
        counts.lower = 3;
        PassValues values = new PassValues(List.of(CountAnalysis.withDinucleotides()));
        long[] cells = new long[25];
        cells[7] = 4;

        PartCount back = (PartCount) values.decode(0, values.encode(0,
                new PartCount(counts, 2, 5, new Dinucleotides.Part(cells, 1, 3))));
        PartCount withoutPairs = (PartCount) values.decode(0, values.encode(0,
                new PartCount(counts, 2, 5, null)));

        assertThat(back.firstClass()).isEqualTo(2);
        assertThat(back.lastClass()).isEqualTo(5);
        assertThat(back.counts()).usingRecursiveComparison().isEqualTo(counts);
        assertThat(back.pairs()).usingRecursiveComparison()
                .isEqualTo(new Dinucleotides.Part(cells, 1, 3));
        assertThat(withoutPairs.pairs()).isNull();
    }

    @Test
    void anAnalysisWhoseValuesWouldGoThroughKryoIsRefused() {
        assertThatThrownBy(() -> Pass.of(new ObjectValues()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a POJO or record");
    }

    /** Emits plain objects: Flink could only send them through Kryo. */
    private static final class ObjectValues implements ChunkAnalysis<Object, Object> {
        @Override
        public ChunkFolder<Object> newFolder(SequenceFile file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Assembler<Object, Object> newAssembler(SequenceFile file, int splits) {
            throw new UnsupportedOperationException();
        }
    }
}
