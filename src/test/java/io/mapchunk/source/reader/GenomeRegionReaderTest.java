package io.mapchunk.source.reader;

import io.mapchunk.io.InputFileException;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.GenomeRegionSplit;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.testutils.source.reader.TestingReaderContext;
import org.apache.flink.core.io.InputStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader's contract with Flink and with the file: requests, end of input, changed files, unmapping. */
class GenomeRegionReaderTest {

    private static final int MIB = 1 << 20;

    @TempDir
    Path directory;

    @Test
    void asksForSplitsAndEndsWhenToldThereAreNoMore() throws Exception {
        Path file = Files.writeString(directory.resolve("a.fa"), ">a\nACGT\n>b\nGG\n");
        TestingReaderContext context = new TestingReaderContext();
        GenomeRegionReader reader = reader(context, file, 64, 4);
        TouchingOutput output = new TouchingOutput();

        assertThat(reader.pollNext(output)).isEqualTo(InputStatus.NOTHING_AVAILABLE);
        assertThat(context.getNumSplitRequests()).isEqualTo(1);
        reader.addSplits(List.of(new GenomeRegionSplit(0, 0, Files.size(file))));
        assertThat(reader.isAvailable()).isDone();
        drain(reader, output);
        reader.notifyNoMoreSplits();

        assertThat(reader.pollNext(output)).isEqualTo(InputStatus.END_OF_INPUT);
        assertThat(output.chunks).extracting(SequenceChunk::name).contains("a", "b");
        assertThat(output.bases).isEqualTo(6);
        reader.close();
    }

    @Test
    void fileTruncatedWhileMappedFailsWithAClearMessage() throws Exception {
        Path file = bigFasta(8 * MIB);
        GenomeRegionReader reader = reader(new TestingReaderContext(), file, MIB, 64 * 1024);
        reader.addSplits(List.of(new GenomeRegionSplit(0, 0, Files.size(file))));
        TouchingOutput output = new TouchingOutput();
        reader.pollNext(output);

        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(4096);
        }

        assertThatThrownBy(() -> drain(reader, output))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("changed while being read");
        reader.close();
    }

    @Test
    void fileRewrittenBetweenPlanningAndReadingIsRefused() throws Exception {
        Path file = Files.writeString(directory.resolve("a.fa"), ">a\nACGT\n");
        GenomeRegionReader reader = reader(new TestingReaderContext(), file, 64, 4);
        Files.writeString(file, ">a\nACGTACGT\n");
        reader.addSplits(List.of(new GenomeRegionSplit(0, 0, 8)));

        assertThatThrownBy(() -> reader.pollNext(new TouchingOutput()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("changed while being read");
        reader.close();
    }

    @Test
    void releasesEveryMappingAndTheFileDescriptor() throws Exception {
        Path file = bigFasta(16 * MIB);
        GenomeRegionReader reader = reader(new TestingReaderContext(), file, MIB, 256 * 1024);
        reader.addSplits(List.of(new GenomeRegionSplit(0, 0, Files.size(file))));
        TouchingOutput output = new TouchingOutput();
        int mostMapped = 0;
        while (output.bases < 15L * MIB) {
            reader.pollNext(output);
            mostMapped = Math.max(mostMapped, mappingsOf(file));
        }
        drain(reader, output);
        reader.close();

        assertThat(mostMapped).as("windows mapped at once").isBetween(1, 2);
        assertThat(mappingsOf(file)).as("mappings left after close").isZero();
        assertThat(openDescriptorsOf(file)).as("descriptors left after close").isZero();
    }

    private GenomeRegionReader reader(TestingReaderContext context, Path file, long window, int chunk) {
        return new GenomeRegionReader(context, SequenceFile.inspect(file), window, chunk, ReadMethod.MAP);
    }

    private Path bigFasta(int bytes) throws IOException {
        StringBuilder text = new StringBuilder(bytes + 100).append(">big\n");
        while (text.length() < bytes) {
            text.append("ACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGT\n");
        }
        return Files.writeString(directory.resolve("big.fa"), text);
    }

    private static void drain(GenomeRegionReader reader, TouchingOutput output) throws Exception {
        while (reader.pollNext(output) == InputStatus.MORE_AVAILABLE) {
            // keep reading
        }
    }

    private static int mappingsOf(Path file) throws IOException {
        return (int) Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.endsWith(file.toString()))
                .count();
    }

    private static int openDescriptorsOf(Path file) throws IOException {
        int count = 0;
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    if (Files.readSymbolicLink(descriptor).equals(file)) {
                        count++;
                    }
                } catch (IOException ignored) {
                    // closed while listing
                }
            }
        }
        return count;
    }

    /** Touches every chunk's bytes as a chained counting operator would. */
    private static final class TouchingOutput implements ReaderOutput<SequenceChunk> {
        final List<SequenceChunk> chunks = new ArrayList<>();
        long bases;

        @Override
        public void collect(SequenceChunk chunk) {
            var bytes = chunk.bytes();
            while (bytes.hasRemaining()) {
                byte b = bytes.get();
                if (b != '\n') {
                    bases++;
                }
            }
            chunks.add(chunk);
        }

        @Override
        public void collect(SequenceChunk chunk, long timestamp) {
            collect(chunk);
        }

        @Override
        public void emitWatermark(Watermark watermark) {}

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}

        @Override
        public SourceOutput<SequenceChunk> createOutputForSplit(String splitId) {
            return this;
        }

        @Override
        public void releaseOutputForSplit(String splitId) {}
    }
}
