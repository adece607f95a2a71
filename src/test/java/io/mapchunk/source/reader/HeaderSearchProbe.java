package io.mapchunk.source.reader;

import io.mapchunk.io.FileMapping;

/** The package's header search for benchmarks in other packages ({@code ScanKernelBenchmark}). */
public final class HeaderSearchProbe {

    private HeaderSearchProbe() {}

    /** {@link ByteSearch#findHeader} from {@code from} to the region's end. */
    public static long findHeader(FileMapping region, long from) {
        return ByteSearch.findHeader(region, from, region.fileOffset() + region.size(), true);
    }
}
