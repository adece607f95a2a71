package io.mapchunk.job;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;

import java.util.List;

/** Per-record counts in file order, their total, and the run's figures. */
public record CountResult(String input, List<SequenceCount> records, RunFigures figures) {

    public BaseCounts total() {
        BaseCounts total = new BaseCounts();
        records.forEach(record -> total.add(record.counts()));
        return total;
    }
}
