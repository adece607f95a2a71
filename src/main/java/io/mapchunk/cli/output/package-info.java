/** Output layouts (faCount, seqtk comp, JSON, BED/FASTA samples, bedGraph, HTML) and atomic writes. */
package io.mapchunk.cli.output;
