package io.mapchunk.source.reader;

import io.mapchunk.io.FileMapping;
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
        // the line read from the channel alone, from a mapping cutting it, and from a mapping alone
        for (int mapped : new int[] {0, 3, fasta.length()}) {
            List<String> names = new ArrayList<>();
            List<Long> terminators = new ArrayList<>();
            try (FileChannel channel = FileChannel.open(file);
                    FileMapping mapping = FileMapping.map(channel, 0, fasta.length())) {
                for (int at = fasta.indexOf('>'); at >= 0; at = fasta.indexOf('>', at + 1)) {
                    HeaderLine line = HeaderLine.read(mapped == 0 ? null : mapping,
                            Math.min(fasta.length(), at + mapped), channel, file.toString(), at,
                            fasta.length());
                    names.add(line.name());
                    terminators.add(line.terminator());
                }
            }
            assertThat(names).as("mapped %d", mapped).containsExactly("chr1", "chr2", "\u001Cchr3");
            assertThat(terminators).as("mapped %d", mapped).containsExactly(10L, 24L, 39L);
        }
    }
}
