package io.mapchunk.source.reader;

import io.mapchunk.io.FileMapping;

/** The package's header search for benchmarks in other packages ({@code ScanKernelBenchmark}). */
public final class HeaderSearchProbe {

    private HeaderSearchProbe() {}

    /** {@link ByteSearch#findHeader} from {@code from} to the mapping's end. */
    public static long findHeader(FileMapping mapping, long from) {
        return ByteSearch.findHeader(mapping, from, mapping.fileOffset() + mapping.size(), true);
    }
}
