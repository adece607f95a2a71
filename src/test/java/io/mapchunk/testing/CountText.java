package io.mapchunk.testing;

import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.cli.output.FaCountFormat;
import io.mapchunk.cli.output.SeqtkCompFormat;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.RecordTable;
import io.mapchunk.runtime.RunFigures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders counts with the production output formats, for comparison with reference text. */
public final class CountText {

    private CountText() {}

    public static String facount(List<SequenceCount> records) {
        return render(records, true);
    }

    public static String seqtk(List<SequenceCount> records) {
        return render(records, false);
    }

    private static String render(List<SequenceCount> records, boolean facount) {
        CountResult result = new CountResult("test", RecordTable.of(records),
                new RunFigures(0, 1, 0, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (facount) {
                new FaCountFormat().write(result, out);
            } else {
                // the records' own names: naming as seqtk does is tested on files (CountCommandTest)
                List<SequenceCount> named = records.stream().map(r -> new SequenceCount(
                        r.ordinal(), r.name(), false, r.counts())).toList();
                new SeqtkCompFormat().write(new CountResult("test", RecordTable.of(named),
                        new RunFigures(0, 1, 0, 0)), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
