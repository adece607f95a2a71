package io.mapchunk.cli.output;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.Dinucleotides;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.format.NameBytes;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.RecordTable;
import io.mapchunk.runtime.RunFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Everything counted, per record and in total, plus the run's figures, as one JSON document. A
 * reads file (FASTQ) has no per-record entries ({@code "sequences": []}), its number of reads
 * ({@code "reads"}) and the totals, dinucleotides counted within reads.
 */
public final class JsonCountFormat implements OutputWriter<CountResult> {

    /** The columns it writes: every count, and the dinucleotides. */
    public static final Set<RecordTable.Column<?>> COLUMNS =
            Set.of(RecordTable.COUNTS, RecordTable.DINUCLEOTIDES);

    @Override
    public void write(CountResult result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RunFigures figures = result.figures();
        writer.write("{\n  \"input\": " + Json.quote(result.input()) + ",\n");
        writer.write("  \"run\": {\"bytes\": " + figures.inputBytes()
                + ", \"parallelism\": " + figures.parallelism()
                + ", \"wall_seconds\": " + Json.number(figures.wallSeconds())
                + ", \"job_seconds\": " + Json.number(figures.jobSeconds())
                + ", \"bytes_per_second\": " + Json.number(figures.bytesPerSecond()) + "},\n");
        if (result.reads() != null) {
            writer.write("  \"reads\": " + result.reads().reads() + ",\n");
        }
        writer.write("  \"sequences\": [");
        String separator = "\n    ";
        RecordTable table = result.table();
        List<long[]> pairs = table.has(RecordTable.DINUCLEOTIDES)
                ? table.column(RecordTable.DINUCLEOTIDES) : null;
        List<SequenceCount> records = result.records();
        for (int r = 0; r < records.size(); r++) {
            SequenceCount record = records.get(r);
            writer.write(separator + "{\"name\": " + Json.quote(NameBytes.text(record.name())) + ", "
                    + fields(record.counts()) + dinucleotides(pairs == null ? null : pairs.get(r))
                    + "}");
            separator = ",\n    ";
        }
        writer.write("\n  ],\n  \"total\": {" + fields(result.total())
                + dinucleotides(result.totalDinucleotides()) + "}\n}\n");
        writer.flush();
    }

    /** {@code , "dinucleotides": {"AA": n, ...}}, or nothing when they were not counted. */
    private static String dinucleotides(long[] pairs) {
        if (pairs == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(", \"dinucleotides\": {");
        for (int i = 0; i < pairs.length; i++) {
            out.append(i == 0 ? "" : ", ").append('"').append(Dinucleotides.PAIRS.get(i))
                    .append("\": ").append(pairs[i]);
        }
        return out.append('}').toString();
    }

    private static String fields(BaseCounts c) {
        return "\"length\": " + c.length + ", \"A\": " + c.a + ", \"C\": " + c.c + ", \"G\": " + c.g
                + ", \"T\": " + c.t + ", \"N\": " + c.n + ", \"iupac2\": {\"R\": " + c.r
                + ", \"Y\": " + c.y + ", \"S\": " + c.s + ", \"W\": " + c.w + ", \"K\": " + c.k
                + ", \"M\": " + c.m + "}, \"iupac3\": {\"B\": " + c.b + ", \"D\": " + c.d
                + ", \"H\": " + c.h + ", \"V\": " + c.v + "}, \"other\": " + c.other
                + ", \"lowercase\": " + c.lower + ", \"cpg\": " + c.cpg
                + ", \"cpg_context_pairs\": " + c.cpgContextPairs
                + ", \"gc_fraction\": " + Json.number(c.gcFraction());
    }
}
