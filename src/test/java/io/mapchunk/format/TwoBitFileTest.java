package io.mapchunk.format;

import io.mapchunk.io.InputFileException;
import io.mapchunk.testing.TwoBitWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a .2bit's header, index and record headers: both versions and byte orders give the same
 * records and logical coordinates, and every damaged file is refused by inspection with one line.
 */
class TwoBitFileTest {

    /** Record "a" at byte 22 (v0): dnaSize, 2 N blocks, 1 mask block, reserved, packed. */
    private static final List<String> NAMES = List.of("a", "b");
    private static final List<String> SEQUENCES = List.of("NNACGTNNacgt", "", "GATTACA");
    private static final int RECORD = 16 + 2 * (1 + 1 + 4);

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({"0, LITTLE", "0, BIG", "1, LITTLE", "1, BIG"})
    void versionsAndByteOrdersGiveTheSameRecords(int version, String order) throws IOException {
        ByteOrder byteOrder = order.equals("BIG") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path file = write(TwoBitWriter.write(List.of("a", "empty", "c"), SEQUENCES, version,
                byteOrder, null));

        SequenceFile inspected = SequenceFile.inspect(file);
        TwoBitFile twoBit = TwoBitFile.of(inspected);

        assertThat(inspected.format()).isEqualTo(SequenceFormats.TWO_BIT);
        assertThat(twoBit.version()).isEqualTo(version);
        assertThat(twoBit.order()).isEqualTo(byteOrder);
        assertThat(twoBit.records()).extracting(TwoBitRecord::name, TwoBitRecord::dnaSize,
                TwoBitRecord::nCount, TwoBitRecord::maskCount, TwoBitRecord::logicalStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 12L, 2L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("empty", 0L, 0L, 0L, 12L),
                        org.assertj.core.groups.Tuple.tuple("c", 7L, 0L, 0L, 12L));
        assertThat(twoBit.index().entries()).containsExactly(
                new FaiEntry("a", 12, 0, 12, 12), new FaiEntry("c", 7, 12, 7, 7));
    }

    @Test
    void truncatedHeaderIsRefused() throws IOException {
        byte[] file = valid();
        assertRefused(Arrays.copyOf(file, 10), "truncated .2bit file (10 bytes");
    }

    @Test
    void truncatedPackedBasesAreRefused() throws IOException {
        byte[] file = valid();
        assertRefused(Arrays.copyOf(file, file.length - 1), "truncated .2bit file: record 'b'");
    }

    @Test
    void truncatedIndexIsRefused() throws IOException {
        assertRefused(Arrays.copyOf(valid(), 26), "does not fit the file");
    }

    @Test
    void recordCountThatDoesNotFitIsRefused() throws IOException {
        assertRefused(patch(valid(), b -> b.putInt(8, 1_000_000)),
                "record count 1000000 does not fit the file");
    }

    @Test
    void offsetPastTheEndIsRefused() throws IOException {
        assertRefused(patch(valid(), b -> b.putInt(16 + 2, 1 << 30)),
                "offset 1073741824 of record 'a' is past the end of the file");
    }

    @Test
    void overlappingRecordsAreRefused() throws IOException {
        assertRefused(patch(valid(), b -> b.putInt(16 + 6 + 2, RECORD)),
                "record 'b' at byte " + RECORD + " overlaps");
    }

    @Test
    void unknownVersionIsRefused() throws IOException {
        assertRefused(patch(valid(), b -> b.putInt(4, 2)), "unsupported .2bit version 2");
    }

    @Test
    void nBlocksOutOfOrderAreRefused() throws IOException {
        // N starts 0 and 6 (sizes 2, 2): swap the starts
        assertRefused(patch(valid(), b -> b.putInt(RECORD + 8, 6).putInt(RECORD + 12, 0)),
                "N blocks of 'a' out of order or overlapping at block 2");
    }

    @Test
    void overlappingBlocksAreRefused() throws IOException {
        assertRefused(patch(valid(), b -> b.putInt(RECORD + 16, 7)),
                "N blocks of 'a' out of order or overlapping at block 2");
    }

    @Test
    void maskBlockOutsideTheSequenceIsRefused() throws IOException {
        // mask count at RECORD + 24, its start at + 28, its size at + 32
        assertRefused(patch(valid(), b -> b.putInt(RECORD + 32, 5)),
                "mask block 1 of 'a' [8, 13) lies outside the sequence (12 bases)");
    }

    @Test
    void blockCountPastTheEndIsRefused() throws IOException {
        assertRefused(patch(valid(), b -> b.putInt(RECORD + 4, 100_000)),
                "truncated .2bit file: record 'a'");
    }

    private static byte[] valid() {
        return TwoBitWriter.write(NAMES, List.of(SEQUENCES.get(0), SEQUENCES.get(2)), 0,
                ByteOrder.LITTLE_ENDIAN, null);
    }

    private static byte[] patch(byte[] file, Consumer<ByteBuffer> change) {
        byte[] copy = file.clone();
        change.accept(ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN));
        return copy;
    }

    private void assertRefused(byte[] content, String message) throws IOException {
        Path file = write(content);
        assertThatThrownBy(() -> SequenceFile.inspect(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n");
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(directory.resolve("x.2bit"), content);
    }
}
