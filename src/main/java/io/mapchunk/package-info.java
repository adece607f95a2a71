/**
 * mapchunk: whole-file statistics of genome files as Flink batch jobs over memory-mapped bytes.
 *
 * <h2>The data path</h2>
 * <ol>
 *   <li><b>file</b> - {@link io.mapchunk.format}: what the file is (its
 *       {@link io.mapchunk.format.SequenceFormat}: FASTA, raw sequence or .2bit), inspected once
 *       per run into a {@link io.mapchunk.format.SequenceFile}; its index, the coordinates the
 *       index gives every base, and random reads of windows of bases.</li>
 *   <li><b>splits</b> - {@link io.mapchunk.source.split}: the file cut into byte ranges, handed
 *       out by {@link io.mapchunk.source.enumerator}.</li>
 *   <li><b>chunks</b> - {@link io.mapchunk.source.reader}: each subtask reads (or maps) its
 *       split a mapping at a time with its format's scanner through {@link io.mapchunk.io} and emits
 *       {@link io.mapchunk.source.SequenceChunk}s: views of sequence bytes, never copies. The public
 *       entry point is {@link io.mapchunk.source.MappedGenomeSource}.</li>
 *   <li><b>analyses</b> - {@link io.mapchunk.analysis}: each analysis is a folder (run where the
 *       chunks are read) and an assembler (run in the client); any set of them runs in one scan as a
 *       {@link io.mapchunk.analysis.Pass}. The analyses themselves live in
 *       {@code analysis/count}, {@code analysis/index}, {@code analysis/gc},
 *       {@code analysis/sample} and {@code analysis/assembly}.</li>
 *   <li><b>stitched records</b> - {@link io.mapchunk.stitch}: the per-part summaries put back in
 *       file order and assigned to their records (analyses that place bases by the {@code .fai}
 *       need no stitching).</li>
 *   <li><b>results</b> - {@link io.mapchunk.job} builds and runs each command's pass on
 *       {@link io.mapchunk.runtime} (the runner, progress, the embedded cluster), and
 *       {@link io.mapchunk.cli} writes the results in the genomics tools' formats.</li>
 * </ol>
 *
 * <p>Words: a <i>split</i> is a byte range given to one subtask; a <i>mapping</i> is
 * the part of a split mapped or read at once; a <i>chunk</i> is a run of one record's bytes in a
 * mapping; a <i>part</i> is a split's run of chunks of one record; a <i>window</i> is always an
 * analysis' window of bases (GC windows, sampled windows).
 */
package io.mapchunk;
