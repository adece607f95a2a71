package io.mapchunk.runtime;

/** Told how far a running job has scanned its input; called from one polling thread. */
public interface ProgressListener {

    /** Does nothing: for runs nobody watches. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void update(long bytesDone, long bytesTotal) {}

        @Override
        public void finish() {}
    };

    /** {@code bytesDone} of the input's {@code bytesTotal} bytes have been scanned. */
    void update(long bytesDone, long bytesTotal);

    /** The job has ended (either way); no update follows. */
    void finish();
}
