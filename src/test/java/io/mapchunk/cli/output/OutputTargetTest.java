package io.mapchunk.cli.output;

import io.mapchunk.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputTargetTest {

    @TempDir
    Path directory;

    @Test
    void writeFailingHalfwayKeepsThePreviousResultAndRemovesTheTemporaryFile() throws Exception {
        Path result = Files.writeString(directory.resolve("counts.tsv"), "good\n");
        OutputTarget target = OutputTarget.file(result, directory.resolve("in.fa"));

        assertThatThrownBy(() -> target.write(out -> {
            out.write("half of a new res".getBytes());
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");

        assertThat(Files.readString(result)).isEqualTo("good\n");
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(result);
        }
    }

    @Test
    void publishedResultIsReadableByOthers() throws Exception {
        Path result = directory.resolve("counts.tsv");

        OutputTarget.file(result, null).write(out -> out.write('x'));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(result))).isEqualTo("rw-r--r--");
    }

    @Test
    void missingOrUnwritableDirectoryIsRefusedBeforeAnyWork() throws IOException {
        assertThatThrownBy(() -> OutputTarget.file(directory.resolve("no/such/dir/out.tsv"), null))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("does not exist");
        Path locked = Files.createDirectory(directory.resolve("locked"));
        locked.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anyway");
            assertThatThrownBy(() -> OutputTarget.file(locked.resolve("out.tsv"), null))
                    .hasMessageContaining("not writable");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void relativeSpellingOfTheInputIsStillTheInput() throws IOException {
        Path input = Files.writeString(directory.resolve("in.fa"), ">x\nA\n");

        assertThatThrownBy(() -> OutputTarget.file(directory.resolve("./sub/../in.fa"), input))
                .hasMessageContaining("overwrite the input");
    }
}
