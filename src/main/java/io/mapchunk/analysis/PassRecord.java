package io.mapchunk.analysis;

import io.mapchunk.stitch.PartPlace;

/**
 * One value a folder of a {@link Pass} emitted: which analysis (its position in the pass), the
 * place of the part it came from, and the value in bytes ({@link PassValues}). These are all that
 * leave a subtask.
 */
public final class PassRecord {

    public int analysis;
    public PartPlace place;
    public byte[] value;

    public PassRecord() {}

    public PassRecord(int analysis, PartPlace place, byte[] value) {
        this.analysis = analysis;
        this.place = place;
        this.value = value;
    }
}
