package io.mapchunk.analysis.count;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.SequenceFormats;
import io.mapchunk.testing.Kernels;
import io.mapchunk.analysis.gc.GcAnalysis;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.analysis.index.LineScanner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run-time choice of kernel (and line scanner): by the Vector API module, or forced by
 * mapchunk.kernel.
 */
class CountKernelsTest {

    @Test
    void propertyForcesEitherKernel() throws Exception {
        assertThat(createWith("scalar")).isInstanceOf(ScalarCountKernel.class);
        assertThat(createWith("vector")).isInstanceOf(VectorCountKernel.class);
        assertThat(createWith(null)).as("module present, nothing forced")
                .isInstanceOf(VectorCountKernel.class);
        assertThatThrownBy(() -> createWith("simd")).hasMessageContaining("scalar or vector");
    }

    @Test
    void withoutTheModuleTheScalarKernelRunsAndNoVectorClassIsLoaded() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("kernel: " + ScalarCountKernel.class.getName())
                .contains("scanner: " + LineScanner.class.getName())
                .contains("pair and bin folders made")
                .doesNotContain("jdk.incubator.vector").doesNotContain("VectorCountKernel")
                .doesNotContain("VectorPairCounter").doesNotContain("VectorBinTally");
    }

    private static CountKernel createWith(String kernel) throws Exception {
        return Kernels.with(kernel, CountKernels::create);
    }

    /** Run in a JVM without the Vector API module: counts a little and names its kernel. */
    static final class Probe {
        public static void main(String[] args) {
            CountKernel kernel = CountKernels.create();
            kernel.reset();
            kernel.add(java.nio.ByteBuffer.wrap("ACGT\nCG".getBytes(StandardCharsets.US_ASCII)));
            System.out.println("kernel: " + kernel.getClass().getName() + " cpg "
                    + kernel.counts().cpg);
            System.out.println("scanner: " + LineScanner.create().getClass().getName());
            SequenceFile file = new SequenceFile("x.fa", 12, 0, SequenceFormats.FASTA);
            CountAnalysis.withDinucleotides().newFolder(file);
            new GcAnalysis(new FastaIndex(List.of(new FaiEntry("x", 4, 3, 4, 5))),
                    new WindowSpec(2, 2)).newFolder(file);
            System.out.println("pair and bin folders made");
        }
    }
}
