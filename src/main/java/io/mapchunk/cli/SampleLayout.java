package io.mapchunk.cli;

import io.mapchunk.analysis.reads.SampleReadFormat;
import io.mapchunk.cli.output.SampleFormat;

/**
 * The values of {@code sample --format}: the layouts of windows ({@link SampleFormat}: bed, fasta,
 * tsv) and of reads ({@link SampleReadFormat}: fastq, fasta). Which applies depends on the input,
 * known only once it is inspected; one option keeps one name for "the output's format".
 */
enum SampleLayout {
    bed, fasta, tsv, fastq;

    /** The layout of windows; {@code null} (no {@code --format}) is bed. Null for fastq. */
    static SampleFormat windows(SampleLayout layout) {
        return layout == null ? SampleFormat.bed
                : layout == fastq ? null : SampleFormat.valueOf(layout.name());
    }

    /** The layout of reads; {@code null} (no {@code --format}) is fastq. Null for bed and tsv. */
    static SampleReadFormat reads(SampleLayout layout) {
        return layout == null || layout == fastq ? SampleReadFormat.fastq
                : layout == fasta ? SampleReadFormat.fasta : null;
    }
}
