package io.mapchunk.format;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mapchunk.io.InputLocation;
import java.util.Optional;

/**
 * The one loader of an existing {@code INPUT.fai}: read, checked against the file, and refused
 * when stale or foreign.
 */
public final class IndexBeside {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBeside.class);

    private IndexBeside() {}

    /** The checked index beside {@code file} (on the same file system), or empty. */
    public static Optional<FastaIndex> read(SequenceFile file) {
        InputLocation fai = InputLocation.of(file.path()).withSuffix(".fai");
        if (!fai.exists()) {
            return Optional.empty();
        }
        FastaIndex index = FastaIndex.read(fai);
        index.validate(file, fai);
        LOG.info("using index {} ({} records)", fai, index.size());
        return Optional.of(index);
    }
}
