package io.mapchunk.cli.run;

import io.mapchunk.cli.output.Json;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.flink.core.fs.FileStatus;

/**
 * What one run of a job did, written as a small JSON document next to its result: the job, the
 * input's size and mtime, start and end, status, exit code, the result's size, lines and SHA-256,
 * and the record counts the command reported. {@code fingerprint} hashes everything that decides
 * the result (mapchunk version, command line, input size and mtime), so an unchanged job can be
 * recognised from its last good record.
 */
public record RunRecord(JobFile job, String fingerprint, InputState input, Instant started,
        Instant ended, Status status, int exitCode, String error, OutputState output,
        Map<String, Long> records) {

    /** How a run ended. */
    public enum Status {
        SUCCEEDED("succeeded"), FAILED("failed"), SKIPPED_UNCHANGED("skipped-unchanged");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        /** As written in run records: succeeded, failed, skipped-unchanged. */
        public String text() {
            return text;
        }
    }

    /** Input size and modification time when the run started (null fields: input missing). */
    public record InputState(long bytes, Instant modified) {

        public static InputState of(InputLocation input) {
            if (!input.isLocal()) {
                try {
                    FileStatus status = input.status();
                    return new InputState(status.getLen(),
                            Instant.ofEpochMilli(status.getModificationTime()));
                } catch (InputFileException e) {
                    return new InputState(-1, null);
                }
            }
            try {
                return new InputState(Files.size(input.localPath()),
                        Files.getLastModifiedTime(input.localPath()).toInstant());
            } catch (IOException e) {
                return new InputState(-1, null);
            }
        }
    }

    /** A result file's size, line count and SHA-256. */
    public record OutputState(long bytes, long lines, String sha256) {

        /** Reads the file once, streaming (results may be large); empty if it does not exist. */
        public static Optional<OutputState> of(Path output) throws IOException {
            MessageDigest digest = Digests.sha256();
            long bytes = 0;
            long lines = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(output)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            return Optional.of(new OutputState(bytes, lines, HexFormat.of().formatHex(digest.digest())));
        }
    }

    private static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\": \"([0-9a-f]{64})\"");
    private static final Pattern OUTPUT_SHA = Pattern.compile("\"sha256\": \"([0-9a-f]{64})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\": \"([a-z-]+)\"");

    /** The fingerprint of the job, its input and mapchunk's version, for this run. */
    public static String fingerprint(String version, List<String> arguments, InputState input) {
        String facts = version + '\0' + String.join("\0", arguments) + '\0' + input.bytes() + '\0'
                + input.modified();
        return HexFormat.of().formatHex(Digests.sha256().digest(facts.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether the record of the last good run says the current result came from exactly this job
     * and input: same fingerprint, succeeded, and the result file still has the recorded SHA-256.
     */
    public static boolean upToDate(Path goodRecord, String fingerprint, Optional<OutputState> output)
            throws IOException {
        if (output.isEmpty() || !Files.isRegularFile(goodRecord)) {
            return false;
        }
        String json = Files.readString(goodRecord, StandardCharsets.UTF_8);
        return matches(STATUS, json, Status.SUCCEEDED.text) && matches(FINGERPRINT, json, fingerprint)
                && matches(OUTPUT_SHA, json, output.get().sha256());
    }

    private static boolean matches(Pattern pattern, String json, String expected) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() && matcher.group(1).equals(expected);
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"job\": ").append(Json.quote(job.name())).append(",\n");
        json.append("  \"job_file\": ").append(Json.quote(job.file().toString())).append(",\n");
        json.append("  \"command\": [").append(job.arguments().stream().map(Json::quote)
                .collect(Collectors.joining(", "))).append("],\n");
        json.append("  \"target\": ").append(Json.quote(job.target())).append(",\n");
        json.append("  \"fingerprint\": ").append(Json.quote(fingerprint)).append(",\n");
        json.append("  \"input\": {\"path\": ").append(Json.quote(job.input().toString()))
                .append(", \"bytes\": ").append(input.bytes())
                .append(", \"modified\": ").append(quoteOrNull(input.modified())).append("},\n");
        json.append("  \"started\": ").append(Json.quote(started.toString())).append(",\n");
        json.append("  \"ended\": ").append(Json.quote(ended.toString())).append(",\n");
        json.append("  \"seconds\": ")
                .append(Json.number(Duration.between(started, ended).toMillis() / 1e3)).append(",\n");
        json.append("  \"status\": ").append(Json.quote(status.text)).append(",\n");
        json.append("  \"exit_code\": ").append(exitCode).append(",\n");
        if (error != null) {
            json.append("  \"error\": ").append(Json.quote(error)).append(",\n");
        }
        json.append("  \"output\": {\"path\": ").append(Json.quote(job.output().toString()));
        if (output != null) {
            json.append(", \"bytes\": ").append(output.bytes()).append(", \"lines\": ")
                    .append(output.lines()).append(", \"sha256\": ").append(Json.quote(output.sha256()));
        }
        json.append("},\n  \"records\": {").append(new TreeMap<>(records).entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", "))).append("}\n}\n");
        return json.toString();
    }

    private static String quoteOrNull(Instant instant) {
        return instant == null ? "null" : Json.quote(instant.toString());
    }
}
