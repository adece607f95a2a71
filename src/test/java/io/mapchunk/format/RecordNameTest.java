package io.mapchunk.format;

import io.mapchunk.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Record names end and start where samtools' do: at C's {@code isspace} bytes, which include
 * {@code \f} and {@code \v} but not other control bytes such as 0x1C.
 */
class RecordNameTest {

    /** Headers with \f, \v and 0x1C; the index is what samtools 1.16.1 {@code faidx} wrote for it. */
    static final String FASTA = ">chr1\fdesc\nACGT\n>\u000Bchr2\u000Bx\nGGCC\n> \u001Cchr3 y\nAA\n";
    static final List<FaiEntry> SAMTOOLS_INDEX = List.of(new FaiEntry("chr1", 4, 11, 4, 5),
            new FaiEntry("chr2", 4, 25, 4, 5), new FaiEntry("\u001Cchr3", 2, 40, 2, 3));

    @TempDir
    Path tmp;

    @Test
    void nameEndsAtFormFeedAndVerticalTabAndSkipsThemBefore() {
        assertThat(RecordName.of(">chr1\fdesc\n", 1)).isEqualTo("chr1");
        assertThat(RecordName.of(">\u000Bchr2\u000Bx\n", 1)).isEqualTo("chr2");
        assertThat(RecordName.of("> \t\fchr3", 1)).isEqualTo("chr3");
        assertThat(RecordName.of("> \u001Cchr3 y\n", 1)).as("0x1C is not a blank in C")
                .isEqualTo("\u001Cchr3");
        assertThat(RecordName.of("> \n>next\n", 1)).as("a line end comes first").isEmpty();
    }

    @Test
    void checkOfAnIndexAcceptsSamtoolsNamesForFormFeedAndVerticalTabHeaders() throws Exception {
        Path file = tmp.resolve("blanks.fa");
        Files.writeString(file, FASTA, StandardCharsets.ISO_8859_1);
        new FastaIndex(SAMTOOLS_INDEX).validate(SequenceFile.inspect(file), FastaIndex.pathFor(file));

        FastaIndex wholeWord = new FastaIndex(List.of(new FaiEntry("chr1\fdesc", 4, 11, 4, 5)));
        assertThatThrownBy(() -> wholeWord.validate(SequenceFile.inspect(file),
                FastaIndex.pathFor(file)))
                .isInstanceOf(InputFileException.class).hasMessageContaining("names 'chr1'");
    }
}
