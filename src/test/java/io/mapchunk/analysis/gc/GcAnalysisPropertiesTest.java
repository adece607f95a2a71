package io.mapchunk.analysis.gc;

import io.mapchunk.testing.Kernels;
import io.mapchunk.analysis.Pass;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.io.InputFileException;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.NaiveWindows;
import io.mapchunk.testing.ScratchDirectory;
import io.mapchunk.testing.UniformFasta;
import io.mapchunk.testing.WindowLines;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GC windows through the pass on files cut into any split layout (down to one byte), with either
 * tally kernel: equal to a naive windowed count; and a file whose line ends are not where its
 * index puts them is refused, even when every bin's byte counts still add up.
 */
class GcAnalysisPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-gc");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 300)
    void windowsMatchNaiveCountsForAnySplitLayoutAndKernel(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int splitSize,
            @ForAll @IntRange(min = 1, max = 5000) int chunkSize,
            @ForAll @LongRange(min = 1, max = 700) long window,
            @ForAll @LongRange(min = 1, max = 700) long step, @ForAll boolean vector)
            throws Exception {
        UniformFasta fasta = UniformFasta.generate(seed);
        Path file = directory.write("u-" + seed + ".fa", fasta.bytes());

        GcTable table = Kernels.with(vector, () -> windows(file, fasta, splitSize, chunkSize,
                new WindowSpec(window, step), seed));

        assertThat(WindowLines.of(table)).containsExactlyElementsOf(NaiveWindows.of(
                fasta.index().entries().stream().map(FaiEntry::name).toList(), fasta.sequences(),
                window, step));
    }

    /** One line's last base and its line end swap places: counts agree, places do not. */
    @Property(tries = 100)
    void aLineEndOutOfPlaceIsRefused(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int splitSize,
            @ForAll @LongRange(min = 1, max = 700) long window, @ForAll boolean vector)
            throws Exception {
        UniformFasta fasta = UniformFasta.generate(seed);
        byte[] bytes = fasta.bytes().clone();
        int at = swapSomeLineEnd(bytes, fasta, new Random(seed));
        if (at < 0) {
            return; // no line with a base before its line end and more bases after it
        }
        Path file = directory.write("swapped-" + seed + ".fa", bytes);

        assertThatThrownBy(() -> Kernels.with(vector, () -> windows(file, fasta, splitSize, 4096,
                new WindowSpec(window, window), seed)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("is not where its index puts a base or a line end");
    }

    /** Swaps the last base of a full line with the line end after it; its offset, or -1. */
    private static int swapSomeLineEnd(byte[] bytes, UniformFasta fasta, Random random) {
        List<FaiEntry> full = fasta.index().entries().stream()
                .filter(e -> e.length() > e.lineBases()).toList();
        if (full.isEmpty()) {
            return -1;
        }
        FaiEntry entry = full.get(random.nextInt(full.size()));
        long lines = (entry.length() - 1) / entry.lineBases();
        long line = random.nextLong(lines);
        int lastBase = (int) (entry.offset() + line * entry.lineWidth() + entry.lineBases() - 1);
        byte base = bytes[lastBase];
        bytes[lastBase] = bytes[lastBase + 1];
        bytes[lastBase + 1] = base;
        return lastBase;
    }

    private static GcTable windows(Path file, UniformFasta fasta, int splitSize, int chunkSize,
            WindowSpec spec, long seed) throws IOException {
        GcAnalysis gc = new GcAnalysis(fasta.index(), spec);
        return SplitHarness.run(Pass.of(gc), file, ReadMethod.READ, splitSize, 1 << 16, chunkSize,
                2, seed).get(gc);
    }
}
