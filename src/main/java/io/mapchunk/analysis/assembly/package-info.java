/**
 * What an assembly user looks at first: runs of N per record ({@link
 * io.mapchunk.analysis.assembly.NRunAnalysis}), the letters that open the first record, from which
 * seqkit guesses a file's alphabet ({@link io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis}),
 * and the length statistics computed from per-record lengths in the client ({@link
 * io.mapchunk.analysis.assembly.LengthStats}: N50, quartiles as seqkit computes them, Nx, auN).
 */
package io.mapchunk.analysis.assembly;
