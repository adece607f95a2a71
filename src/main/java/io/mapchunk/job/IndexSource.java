package io.mapchunk.job;

import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a job that needs coordinates gets its index: the {@code INPUT.fai} beside the file when
 * there is one, checked against the file and refused when stale or foreign. Without one, callers
 * build it with {@link IndexJob}.
 */
public final class IndexSource {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSource.class);

    private IndexSource() {}

    /** The checked index beside {@code input}, or empty when there is none. */
    public static Optional<FastaIndex> existing(Path input) {
        Path fai = FastaIndex.pathFor(input);
        if (!Files.exists(fai)) {
            return Optional.empty();
        }
        SequenceFile file = SequenceFile.inspect(input);
        FastaIndex index = FastaIndex.read(fai);
        index.validate(file, fai);
        LOG.info("using index {} ({} records)", fai, index.size());
        return Optional.of(index);
    }
}
