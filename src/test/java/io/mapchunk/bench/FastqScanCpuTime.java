package io.mapchunk.bench;

import io.mapchunk.format.FastqRecord;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What reading a FASTQ costs before any analysis, in thread CPU time (load-tolerant, like
 * {@link KernelCpuTime}): the split scanner alone (which parses and checks every record to find
 * record ends), and the scanner plus the walk over every record of its chunks that each read analysis
 * takes. Usage: {@code FastqScanCpuTime FILE.fq [PASSES]}; one subtask, 256 MiB
 * splits, positioned reads.
 */
public final class FastqScanCpuTime {

    private FastqScanCpuTime() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = Files.size(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"scanner alone", "scanner, then every record walked again"};
        for (int variant = 0; variant < names.length; variant++) {
            double[] seconds = new double[passes];
            long[] records = new long[1];
            for (int pass = 0; pass < passes; pass++) {
                long started = threads.getCurrentThreadCpuTime();
                FastqRecord record = new FastqRecord();
                boolean parse = variant == 1;
                SplitHarness.scan(file, ReadMethod.READ, 256L << 20, 64L << 20, 4 << 20, 1, 1,
                        (subtask, chunk) -> {
                            if (parse) {
                                ByteBuffer bytes = chunk.bytes();
                                for (int at = 0; at < bytes.limit(); at = record.end()) {
                                    record.walk(bytes, at, bytes.limit());
                                    records[0]++;
                                }
                            }
                        });
                seconds[pass] = (threads.getCurrentThreadCpuTime() - started) / 1e9;
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT,
                    "%-45s cpu s/pass median %.3f best %.3f -> %.2f GB/s per core [%d records]%n",
                    names[variant], sorted[passes / 2], sorted[0], size / sorted[passes / 2] / 1e9,
                    records[0] / passes);
        }
    }
}
