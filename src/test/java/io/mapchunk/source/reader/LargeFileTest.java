package io.mapchunk.source.reader;

import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.source.ReadMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sparse 2.3 GB file whose first record is longer than 2^31 bases: offsets and lengths past
 * 32 bits must survive splits, windows and chunks.
 */
class LargeFileTest {

    private static final long HOLE = (1L << 31) + 300_000_000L;

    @Test
    void countsSequenceLongerThanTwoToTheThirtyOne(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sparse.fa");
        byte[] head = ">big\nACGT".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n>small\nCG\n".getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(head);
            out.seek(head.length + HOLE);
            out.write(tail);
        }

        List<SequenceCount> records =
                SplitHarness.count(file, ReadMethod.MAP, 1L << 30, 256L << 20, 4 << 20, 2, 3);

        assertThat(records).extracting(SequenceCount::name).containsExactly("big", "small");
        var big = records.get(0).counts();
        assertThat(big.length).isEqualTo(4 + HOLE);
        assertThat(big.other).as("NUL bytes of the hole count as other").isEqualTo(HOLE);
        assertThat(big.a + big.c + big.g + big.t).isEqualTo(4);
        assertThat(big.cpg).isEqualTo(1);
        assertThat(records.get(1).counts().cpg).isEqualTo(1);
        assertThat(records.get(1).counts().length).isEqualTo(2);
    }
}
