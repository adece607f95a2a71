package io.mapchunk.runtime;

/**
 * Told how far a running job has got through its input; called from one polling thread. A scan
 * counts the file bytes it has covered; a units job the weights of the units done (a sample: the
 * bases of the windows drawn).
 */
public interface ProgressListener {

    /** Does nothing: for runs nobody watches. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void update(long bytesDone, long bytesTotal) {}

        @Override
        public void finish() {}
    };

    /** {@code bytesDone} of the input's {@code bytesTotal} bytes (or weights) are done. */
    void update(long bytesDone, long bytesTotal);

    /** The job has ended (either way); no update follows. */
    void finish();
}
