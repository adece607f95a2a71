package io.mapchunk.source.reader;

import io.mapchunk.format.FastqRecord;
import io.mapchunk.io.InputFileException;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.RandomFastq;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random FASTQ (quality lines that begin with '@' and '+', empty and long reads, CRLF) cut into
 * splits from one byte up, read by 1-4 simulated subtasks with tiny spans and chunks, both read
 * methods, plain, BGZF and gzip: every record is read exactly once, whole, by one split, and the
 * chunks hold nothing else (and the analyses' fast walk finds each record's fields as the checking
 * parse does). Damaged files (a quality line too short or too long, no '+' line, a
 * record cut by the end, a bad quality byte, a blank or foreign line between records) are refused
 * at every split layout.
 */
class FastqScanningPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-fastq");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 400)
    void everyRecordIsReadOnceWholeAtAnySplitLayout(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 8, max = 600) int mappingSize,
            @ForAll @IntRange(min = 1, max = 300) int chunkSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks,
            @ForAll @IntRange(min = 0, max = 3) int layout) throws IOException {
        RandomFastq.Fastq fastq = RandomFastq.generate(seed);
        Path file = write(seed, fastq.bytes(), layout);
        ReadMethod method = layout == 1 ? ReadMethod.MAP : ReadMethod.READ;

        List<RandomFastq.Record> read = records(file, method, splitSize, mappingSize, chunkSize,
                subtasks, seed);

        assertThat(read).extracting(RandomFastq.Record::offset)
                .as("split %d, span %d, chunk %d, layout %d", splitSize, mappingSize, chunkSize,
                        layout)
                .containsExactlyElementsOf(fastq.records().stream()
                        .map(RandomFastq.Record::offset).toList());
        for (int i = 0; i < read.size(); i++) {
            assertThat(new String(read.get(i).bytes(), StandardCharsets.ISO_8859_1))
                    .isEqualTo(new String(fastq.records().get(i).bytes(),
                            StandardCharsets.ISO_8859_1));
        }
    }

    @Property(tries = 400)
    void aDamagedFileIsRefusedAtAnySplitLayout(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 6) int damage,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 8, max = 600) int mappingSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks,
            @ForAll boolean bgzf) throws IOException {
        RandomFastq.Fastq fastq = RandomFastq.generate(seed);
        List<RandomFastq.Record> reads = fastq.records().stream()
                .filter(r -> !r.sequence().isEmpty()).toList();
        if (reads.isEmpty()) {
            return;
        }
        Random random = new Random(seed ^ damage);
        RandomFastq.Record victim = reads.get(random.nextInt(reads.size()));
        byte[] damaged = damage(fastq, victim, damage, random);
        Path file = write(seed, damaged, bgzf ? 2 : 0);

        assertThatThrownBy(() -> records(file, ReadMethod.READ, splitSize, mappingSize, 64,
                subtasks, seed))
                .as("damage %d to %s, split %d, span %d", damage, victim.name(), splitSize,
                        mappingSize)
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bad FASTQ");
    }

    /** Damage {@code kind} done to {@code victim}, a record with at least one base. */
    private static byte[] damage(RandomFastq.Fastq fastq, RandomFastq.Record victim, int kind,
            Random random) {
        byte[] all = fastq.bytes();
        int start = (int) victim.offset();
        String text = new String(victim.bytes(), StandardCharsets.ISO_8859_1);
        int sequenceStart = text.indexOf('\n') + 1;
        int plus = text.indexOf('\n', sequenceStart) + 1;
        int quality = text.indexOf('\n', plus) + 1;
        int victimEnd = start + victim.bytes().length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case 0 -> { // quality one byte short
                out.write(all, 0, start + quality);
                out.write(all, start + quality + 1, all.length - start - quality - 1);
            }
            case 1 -> { // quality one byte long
                out.write(all, 0, start + quality);
                out.write('I');
                out.write(all, start + quality, all.length - start - quality);
            }
            case 2 -> { // no '+' line: the sequence wrapped
                out.write(all, 0, start + plus);
                out.write(all, start + sequenceStart, plus - sequenceStart);
                out.write(all, start + plus, all.length - start - plus);
            }
            case 3 -> { // cut by the end of the file inside the record
                out.write(all, 0, start + 1 + random.nextInt(quality + victim.quality().length() - 1));
            }
            case 4 -> { // a quality byte outside '!'..'~'
                out.write(all, 0, all.length);
                byte[] bytes = out.toByteArray();
                bytes[start + quality + random.nextInt(victim.quality().length())] =
                        (byte) (random.nextBoolean() ? ' ' : 0x7f + random.nextInt(100));
                return bytes;
            }
            case 5 -> { // a blank line, then more records
                out.write(all, 0, victimEnd);
                out.writeBytes(endsWithLineEnd(victim) ? "\n".getBytes() : "\n\n".getBytes());
                out.writeBytes(extraRecord());
                out.write(all, victimEnd, all.length - victimEnd);
            }
            default -> { // a foreign line after the record
                out.write(all, 0, victimEnd);
                out.writeBytes(endsWithLineEnd(victim) ? "ACGT\n".getBytes() : "\nACGT\n".getBytes());
                out.write(all, victimEnd, all.length - victimEnd);
            }
        }
        return out.toByteArray();
    }

    private static boolean endsWithLineEnd(RandomFastq.Record record) {
        return record.bytes()[record.bytes().length - 1] == '\n';
    }

    private static byte[] extraRecord() {
        return "@extra\nACGT\n+\nIIII\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private Path write(long seed, byte[] fastq, int layout) throws IOException {
        return switch (layout) {
            case 2 -> directory.write("case-" + seed + ".fq.gz",
                    BgzfWriter.bgzf(fastq, 1 + (int) Math.floorMod(seed, 700L), 1));
            case 3 -> directory.write("case-" + seed + ".fq.gz", BgzfWriter.gzip(fastq, 2));
            default -> directory.write("case-" + seed + ".fq", fastq);
        };
    }

    /** Every record the chunks of every split hold, in file order. */
    private static List<RandomFastq.Record> records(Path file, ReadMethod method, int splitSize,
            int mappingSize, int chunkSize, int subtasks, long seed) throws IOException {
        List<RandomFastq.Record> records = new ArrayList<>();
        FastqRecord record = new FastqRecord();
        SplitHarness.scan(file, method, splitSize, mappingSize, chunkSize, subtasks, seed,
                (subtask, chunk) -> collect(chunk, record, records));
        records.sort(Comparator.comparingLong(RandomFastq.Record::offset));
        return records;
    }

    private static void collect(SequenceChunk chunk, FastqRecord record,
            List<RandomFastq.Record> records) {
        FastqRecord walked = new FastqRecord();
        ByteBuffer bytes = chunk.bytes();
        if (bytes.limit() > 0) {
            assertThat(chunk.kind()).isEqualTo(PartKind.RECORDS);
        }
        for (int at = 0; at < bytes.limit(); at = record.end()) {
            walked.walk(bytes, at, bytes.limit());
            assertThat(record.parse(bytes, at, bytes.limit(), true, false))
                    .as("record at %d of %s", at, chunk).isEqualTo(FastqRecord.Outcome.RECORD);
            assertThat(new int[] {walked.nameEnd(), walked.sequenceStart(), walked.sequenceEnd(),
                    walked.qualityStart(), walked.end()}).as("the walk of a checked record")
                    .containsExactly(record.nameEnd(), record.sequenceStart(),
                            record.sequenceEnd(), record.qualityStart(), record.end());
            byte[] copy = new byte[record.end() - at];
            bytes.get(at, copy);
            records.add(new RandomFastq.Record(chunk.fileOffset() + at, copy, null, null, null));
        }
    }
}
