package io.mapchunk.analysis.index;

import io.mapchunk.analysis.StitchedAssembler;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.InputFileException;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.FileMapping;
import io.mapchunk.stitch.Stitcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link FastaIndex} of a file from the {@link LineSummary} of every split part, stitched
 * in file order: joins the pieces of each record and applies samtools' line rules. A broken
 * record fails with its name and the file's line number (counted only then, by a second pass).
 */
final class IndexAssembler extends StitchedAssembler<LineSummary, FastaIndex> {

    /** Bytes read at a time to number lines (positioned reads: compressed files cannot be mapped). */
    private static final int LINE_COUNT_BLOCK = 1 << 20;

    IndexAssembler(SequenceFile file, int splits) {
        super(file, splits);
    }

    @Override
    protected FastaIndex assemble(List<Stitcher.Stitched<LineSummary>> parts) {
        List<FaiEntry> entries = new ArrayList<>();
        RecordLines record = null;
        long ordinal = -1;
        for (Stitcher.Stitched<LineSummary> r : parts) {
            LineSummary lines = r.value();
            if (r.ordinal() != ordinal) {
                add(record, entries, file);
                ordinal = r.ordinal();
                if (!file.format().headerLines()) {
                    record = RecordLines.headerless(r.name(), lines.start);
                    record.append(lines);
                } else {
                    if (r.name().isEmpty()) {
                        throw new InputFileException(file.path() + ": record " + (ordinal + 1)
                                + " has an empty name (a '>' followed by a space or nothing)");
                    }
                    record = RecordLines.afterHeader(r.name());
                    record.append(lines);
                }
            } else {
                record.append(lines);
            }
        }
        add(record, entries, file);
        try {
            return new FastaIndex(entries);
        } catch (InputFileException e) {
            throw new InputFileException(file.path() + ": " + e.getMessage()
                    + "; samtools faidx would keep only the first");
        }
    }

    /**
     * Bases, or one for a part holding blanks or other bytes that are no line end: a file with only
     * blanks before its first header is refused, as {@code count} and samtools do.
     */
    @Override
    protected long dataOf(LineSummary lines) {
        return lines.bases + (lines.firstBadByte >= 0 ? 1 : 0);
    }

    private static void add(RecordLines record, List<FaiEntry> entries, SequenceFile file) {
        if (record == null) {
            return;
        }
        try {
            FaiEntry entry = record.finish();
            if (entry != null) {
                entries.add(entry);
            }
        } catch (RecordLines.UnevenLines e) {
            throw new InputFileException(file.path() + ": " + e.getMessage() + " in sequence '"
                    + e.record() + "' at line " + lineNumber(file, e.offset()) + e.problem().hint());
        }
    }

    /** 1-based number of the line holding byte {@code offset}. */
    static long lineNumber(SequenceFile file, long offset) {
        long lines = 1;
        ByteBuffer buffer = ByteBuffer.allocateDirect(LINE_COUNT_BLOCK);
        try (FileChannel channel = InputChannels.open(InputLocation.of(file.path()))) {
            for (long at = 0; at < offset; at += LINE_COUNT_BLOCK) {
                int length = (int) Math.min(LINE_COUNT_BLOCK, offset - at);
                try (FileMapping mapping = FileMapping.read(channel, at, length, buffer,
                        file.path())) {
                    for (int i = 0; i < length; i++) {
                        if (mapping.get(i) == '\n') {
                            lines++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new InputFileException(file.path() + ": cannot read: " + e.getMessage());
        }
        return lines;
    }
}
