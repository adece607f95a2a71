package io.mapchunk.io;

import io.mapchunk.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Regions filled by positioned reads: views of the caller's buffer, refused past the file's end. */
class FileMappingTest {

    @TempDir
    Path directory;

    @Test
    void readRegionHoldsTheFileBytesAtItsOffsetAndReusesTheBuffer() throws Exception {
        Path file = Files.writeString(directory.resolve("f.fa"), ">a\nACGTACGTNN\n");
        ByteBuffer buffer = ByteBuffer.allocateDirect(16);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileMapping first = FileMapping.read(channel, 3, 8, buffer, file.toString());
            assertThat(first.fileOffset()).isEqualTo(3);
            assertThat(first.size()).isEqualTo(8);
            assertThat(text(first.view(3, 4))).isEqualTo("ACGT");
            assertThat(first.longAt(0) & 0xFFFFFFFFL).as("little-endian words")
                    .isEqualTo(0x54474341L);
            first.close();
            assertThatThrownBy(first::checkOpen).isInstanceOf(IllegalStateException.class);

            FileMapping second = FileMapping.read(channel, 11, 3, buffer, file.toString());
            assertThat(text(second.view(11, 3))).isEqualTo("NN\n");
            second.close();
        }
    }

    @Test
    void readPastTheEndOfAFileCutShorterFailsAsAChangedFile() throws Exception {
        Path file = Files.writeString(directory.resolve("f.fa"), ">a\nACGT\n");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThatThrownBy(() -> FileMapping.read(channel, 3, 20, ByteBuffer.allocateDirect(32),
                    file.toString()))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("changed while being read");
        }
    }

    private static String text(ByteBuffer bytes) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return new String(copy, StandardCharsets.US_ASCII);
    }
}
