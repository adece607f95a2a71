package io.mapchunk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.junit.jupiter.api.Test;

class DeflatedRecordsTest {

    @Test
    void recordsComeBackInOrderAcrossManyBlocks() throws Exception {
        Random random = new Random(11);
        List<String> records = new ArrayList<>();
        DeflatedRecords.Writer<String> writer =
                new DeflatedRecords.Writer<>(StringSerializer.INSTANCE);
        for (int i = 0; i < 60_000; i++) {
            String record = "contig_" + i + "\t" + Long.toString(random.nextLong(), 36)
                    + (i % 5000 == 0 ? "x".repeat(random.nextInt(300_000)) : "");
            records.add(record);
            writer.add(record);
        }
        ArrayList<byte[]> blocks = writer.finish();
        List<String> read = new ArrayList<>();

        DeflatedRecords.read(blocks, StringSerializer.INSTANCE, read::add);

        assertThat(blocks.size()).as("blocks").isGreaterThan(2);
        assertThat(blocks).as("each block is dropped once read").containsOnlyNulls();
        assertThat(read).isEqualTo(records);
    }

    @Test
    void noRecordsGiveNoBlocks() throws Exception {
        ArrayList<byte[]> blocks = new DeflatedRecords.Writer<>(StringSerializer.INSTANCE).finish();
        List<String> read = new ArrayList<>();

        DeflatedRecords.read(blocks, StringSerializer.INSTANCE, read::add);

        assertThat(blocks).isEmpty();
        assertThat(read).isEmpty();
    }
}
