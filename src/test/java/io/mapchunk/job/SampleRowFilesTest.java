package io.mapchunk.job;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.SharedData;
import io.mapchunk.analysis.sample.GenomeSpace;
import io.mapchunk.analysis.sample.SamplePlanner;
import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleUnit;
import io.mapchunk.cli.output.SampleFormat;
import io.mapchunk.format.FastaIndex;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written by subtasks into row files, or sent back as bytes by subtasks that cannot see the
 * client's directory (a remote TaskManager), join into the same output whatever order the units
 * ran in: the output pinned by the collect-sink implementation.
 */
class SampleRowFilesTest {

    /** MD5 of {@code sample -n 3000 -l 100 --seed 42 --format tsv pfalciparum_mal.fa} (98e4cbe). */
    private static final String PINNED = "6af10f9b9396300d0ef07b4dcf10756f";

    @Test
    void piecesInPartFilesAndPiecesSentAsBytesJoinToThePinnedOutput() throws Exception {
        Path malaria = SharedData.file("pfalciparum_mal.fa");
        GenomeSpace space = new GenomeSpace(FastaIndex.read(FastaIndex.pathFor(malaria)), 100);
        SampleRequest request = new SampleRequest(3_000, 100, 42, false, false, false);
        List<SampleUnit> units = new ArrayList<>(SamplePlanner.plan(space, request, (u, hits) -> {
            throw new AssertionError("without --exclude-n no keys are gathered");
        }).units());
        Collections.shuffle(units, new Random(5));

        ByteArrayOutputStream inFiles = new ByteArrayOutputStream();
        ByteArrayOutputStream asBytes = new ByteArrayOutputStream();
        try (SampleRowFiles files = SampleRowFiles.create(); SampleRowFiles sent = SampleRowFiles.create()) {
            List<RowPiece> written = run(malaria, space, units, files.target());
            RowDirectory remote = new RowDirectory(sent.target().path(), "not-" + sent.target().marker());
            List<RowPiece> returned = run(malaria, space, units, remote);

            assertThat(written).allMatch(p -> p.file() != null && p.bytes() == null);
            assertThat(returned).allMatch(p -> p.file() == null && p.bytes().length == p.length());
            assertThat(returned.size()).as("small pieces: several per unit").isGreaterThan(units.size());
            written.forEach(files::add);
            returned.forEach(sent::add);
            files.writeTo(inFiles);
            sent.writeTo(asBytes);
            Path directory = Path.of(files.target().path());
            files.close();
            assertThat(Files.exists(directory)).as("part directory removed").isFalse();
        }
        assertThat(asBytes.toByteArray()).isEqualTo(inFiles.toByteArray());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(inFiles.toByteArray()))).isEqualTo(PINNED);
    }

    @Test
    void unitsDrawnAgainByARestartedSubtaskAreWrittenOnce() throws Exception {
        Path malaria = SharedData.file("pfalciparum_mal.fa");
        GenomeSpace space = new GenomeSpace(FastaIndex.read(FastaIndex.pathFor(malaria)), 100);
        SampleRequest request = new SampleRequest(3_000, 100, 42, false, false, false);
        List<SampleUnit> units = SamplePlanner.plan(space, request, (u, hits) -> {
            throw new AssertionError("without --exclude-n no keys are gathered");
        }).units();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SampleRowFiles parts = SampleRowFiles.create()) {
            run(malaria, space, units, parts.target()).forEach(parts::add);
            run(malaria, space, units.subList(0, units.size() / 2), parts.target())
                    .forEach(parts::add);
            parts.writeTo(out);
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(out.toByteArray()))).isEqualTo(PINNED);
    }

    private static List<RowPiece> run(Path input, GenomeSpace space, List<SampleUnit> units,
            RowDirectory parts) throws Exception {
        List<RowPiece> pieces = new ArrayList<>();
        UnitRowsFunction rows = new UnitRowsFunction(SequenceFile.inspect(input), space, false, SampleFormat.tsv, parts, 256);
        rows.open(null);
        try {
            for (SampleUnit unit : units) {
                rows.flatMap(unit, new ListCollector<>(pieces));
            }
        } finally {
            rows.close();
        }
        return pieces;
    }
}
