package io.mapchunk.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The team's real genomes in ../shared/data, when present (tests skip otherwise). */
public final class SharedData {

    /** Genomes with faCount, seqtk comp and samtools faidx reference outputs. */
    public static final List<String> GENOMES = List.of("lambda_virus", "ecoli_mg1655",
            "hg38_chr16_subset", "pfalciparum_mal", "dmel_chr2R", "human_chr20");

    private SharedData() {}

    public static Path directory() {
        Path directory = Path.of(System.getProperty("mapchunk.shared.data", "../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(directory), "no shared data at " + directory);
        return directory;
    }

    public static Path file(String name) {
        Path file = directory().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing " + file);
        return file;
    }
}
