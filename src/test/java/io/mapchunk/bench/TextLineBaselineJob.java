package io.mapchunk.bench;

import io.mapchunk.runtime.JobEnvironments;
import io.mapchunk.runtime.JobSettings;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The baseline a Flink user would write without mapchunk: {@code FileSource} with
 * {@code TextLineInputFormat}, a per-line counting map, and a sum, in the same batch mode as
 * mapchunk's jobs. Prints the totals and the wall and job seconds, for bench/run.sh.
 *
 * <p>Usage: {@code TextLineBaselineJob FILE [PARALLELISM]}.
 */
public final class TextLineBaselineJob {

    /** Base totals of one line or a sum of lines. */
    public static final class Totals {
        public long a;
        public long c;
        public long g;
        public long t;
        public long n;
        public long key;

        public Totals() {}

        Totals add(Totals that) {
            a += that.a;
            c += that.c;
            g += that.g;
            t += that.t;
            n += that.n;
            return this;
        }
    }

    /** Counts one line; header lines count nothing. */
    static final class LineCounter implements MapFunction<String, Totals> {
        private static final long serialVersionUID = 1L;

        @Override
        public Totals map(String line) {
            Totals totals = new Totals();
            if (line.startsWith(">")) {
                return totals;
            }
            for (int i = 0; i < line.length(); i++) {
                switch (line.charAt(i)) {
                    case 'A', 'a' -> totals.a++;
                    case 'C', 'c' -> totals.c++;
                    case 'G', 'g' -> totals.g++;
                    case 'T', 't' -> totals.t++;
                    default -> totals.n++;
                }
            }
            return totals;
        }
    }

    private TextLineBaselineJob() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long started = System.nanoTime();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                io.mapchunk.runtime.EmbeddedCluster.configuration());
        JobEnvironments.prepare(env, JobSettings.defaults(input).withParallelism(parallelism));
        FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                new org.apache.flink.core.fs.Path(input.toUri())).build();
        CloseableIterator<Totals> results = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "text lines")
                .map(new LineCounter()).name("count line")
                .keyBy(totals -> totals.key)
                .reduce((left, right) -> left.add(right)).name("sum")
                .collectAsync();
        JobClient client = env.executeAsync("text-line baseline " + input.getFileName());
        Totals sum = new Totals();
        try (results) {
            results.forEachRemaining(sum::add);
        }
        JobExecutionResult execution = client.getJobExecutionResult().get();
        double wall = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "A=%d C=%d G=%d T=%d other=%d wall_seconds=%.3f job_seconds=%.3f%n",
                sum.a, sum.c, sum.g, sum.t, sum.n, wall,
                execution.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3);
        System.exit(0);
    }
}
