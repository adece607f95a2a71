package io.mapchunk.source.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header names as samtools reads them (see {@code RecordNameTest} for samtools' own index). */
class HeaderLineTest {

    @TempDir
    Path tmp;

    @Test
    void namesEndAtFormFeedAndVerticalTabAsInSamtools() throws Exception {
        String fasta = ">chr1\fdesc\nACGT\n>\u000Bchr2\u000Bx\nGGCC\n> \u001Cchr3 y\nAA\n";
        Path file = tmp.resolve("blanks.fa");
        Files.writeString(file, fasta, StandardCharsets.ISO_8859_1);
        List<String> names = new ArrayList<>();
        List<Long> terminators = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            for (int at = fasta.indexOf('>'); at >= 0; at = fasta.indexOf('>', at + 1)) {
                HeaderLine line = HeaderLine.read(channel, file.toString(), at, fasta.length());
                names.add(line.name());
                terminators.add(line.terminator());
            }
        }
        assertThat(names).containsExactly("chr1", "chr2", "\u001Cchr3");
        assertThat(terminators).containsExactly(10L, 24L, 39L);
    }
}
