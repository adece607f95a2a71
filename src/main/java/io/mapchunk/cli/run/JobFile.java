package io.mapchunk.cli.run;

import io.mapchunk.cli.UsageException;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A declarative job from {@code jobs/NAME.properties}: which mapchunk command to run on which
 * input, where its result goes, extra options, and where it runs (embedded or a session cluster).
 * Relative paths are resolved against the job file's directory, so a job runs the same from cron
 * as from a shell.
 *
 * <pre>
 * command = count
 * input   = ../data/lambda_virus.fa
 * output  = ../out/lambda-count.facount.tsv
 * options = --format facount
 * target  = embedded            # or: cluster (then cluster = 127.0.0.1:8081)
 * </pre>
 */
public record JobFile(String name, Path file, String command, InputLocation input, Path output,
        List<String> options, String cluster) {

    public static final String DEFAULT_CLUSTER = "127.0.0.1:8081";

    private static final Set<String> KEYS =
            Set.of("command", "input", "output", "options", "target", "cluster");

    /** Reads and checks a job file; a missing file or a bad key is reported naming the file. */
    public static JobFile load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot read job file (" + e.getMessage() + ")");
        }
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UsageException(file + ": unknown key '" + key + "' (known: " + KEYS + ")");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String command = required(properties, "command", file);
        if (command.equals("run")) {
            throw new UsageException(file + ": a job cannot run another job file");
        }
        List<String> options = split(properties.getProperty("options", ""));
        if (options.contains("-o") || options.stream().anyMatch(o -> o.startsWith("--output"))) {
            throw new UsageException(file + ": give the result file as 'output', not in 'options'");
        }
        String target = properties.getProperty("target", "embedded").strip();
        String cluster = switch (target) {
            case "embedded" -> null;
            case "cluster" -> properties.getProperty("cluster", DEFAULT_CLUSTER).strip();
            default -> throw new UsageException(
                    file + ": target must be 'embedded' or 'cluster', got '" + target + "'");
        };
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return new JobFile(dot > 0 ? fileName.substring(0, dot) : fileName, file.toAbsolutePath(),
                command,
                input(base, required(properties, "input", file)),
                base.resolve(required(properties, "output", file)).normalize(),
                options, cluster);
    }

    /** A local input relative to the job file's directory, or a URI ({@code hdfs://…}) as is. */
    private static InputLocation input(Path base, String text) {
        InputLocation location = InputLocation.of(text);
        return location.isLocal() ? InputLocation.of(base.resolve(location.localPath()).normalize())
                : location;
    }

    /** The same job on another cluster ({@code bin/mapchunk --cluster H:P run JOB}). */
    public JobFile onCluster(String address) {
        return new JobFile(name, file, command, input, output, options, address);
    }

    /** The mapchunk command line this job stands for: {@code [--cluster A] CMD INPUT OPTS -o OUT}. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        if (cluster != null) {
            arguments.add("--cluster");
            arguments.add(cluster);
        }
        arguments.add(command);
        arguments.add(input.toString());
        arguments.addAll(options);
        arguments.add("-o");
        arguments.add(output.toString());
        return arguments;
    }

    public String target() {
        return cluster == null ? "embedded" : "cluster " + cluster;
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new UsageException(file + ": '" + key + "' is required");
        }
        return value;
    }

    private static List<String> split(String options) {
        String trimmed = options.strip();
        return trimmed.isEmpty() ? List.of() : List.copyOf(Arrays.asList(trimmed.split("\\s+")));
    }
}
