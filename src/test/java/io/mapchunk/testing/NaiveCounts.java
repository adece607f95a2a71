package io.mapchunk.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent, deliberately simple reference: splits a FASTA (or raw) file into records by
 * reading it line by line, joins each record's sequence lines, and counts characters one by one.
 * Shares no code with the production counter.
 */
public final class NaiveCounts {

    /** One record's expected figures. */
    public record Row(String name, long length, long a, long c, long g, long t, long nonAcgt,
            long cg, long iupac2, long iupac3, long iupac4, long seqtkCpg, long tv, long ts,
            long cpgTs, long lower) {

        public String facount() {
            return name + "\t" + length + "\t" + a + "\t" + c + "\t" + g + "\t" + t + "\t" + nonAcgt
                    + "\t" + cg;
        }

        public String seqtk() {
            return name + "\t" + length + "\t" + a + "\t" + c + "\t" + g + "\t" + t + "\t" + iupac2
                    + "\t" + iupac3 + "\t" + iupac4 + "\t" + seqtkCpg + "\t" + tv + "\t" + ts + "\t"
                    + cpgTs;
        }
    }

    private NaiveCounts() {}

    /** Records of a FASTA file's bytes, split on LF, CRLF or CR line ends. */
    public static List<Row> fasta(byte[] file) {
        List<String> names = new ArrayList<>();
        List<StringBuilder> sequences = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.startsWith(">")) {
                String header = line.substring(1).replaceFirst("^[ \t\u000b\f]+", "");
                int space = indexOfSpace(header);
                names.add(space < 0 ? header : header.substring(0, space));
                sequences.add(new StringBuilder());
            } else if (!sequences.isEmpty()) {
                sequences.get(sequences.size() - 1).append(line);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(count(names.get(i), sequences.get(i).toString()));
        }
        return rows;
    }

    /** The single record of a raw sequence file. */
    public static Row raw(String name, byte[] file) {
        StringBuilder sequence = new StringBuilder();
        for (String line : lines(file)) {
            sequence.append(line);
        }
        return count(name, sequence.toString());
    }

    private static int indexOfSpace(String header) {
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u000b' || c == '\f') { // C isspace, as htslib
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(byte[] file) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < file.length; i++) {
            char ch = (char) (file[i] & 0xff);
            if (ch == '\n' || ch == '\r') {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(ch);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static Row count(String name, String seq) {
        long a = 0, c = 0, g = 0, t = 0, cg = 0, i2 = 0, i3 = 0, tv = 0, ts = 0, lower = 0;
        long context = 0, cpgTs = 0;
        for (int i = 0; i < seq.length(); i++) {
            char original = seq.charAt(i);
            char x = Character.toUpperCase(original);
            if (original >= 'a' && original <= 'z') {
                lower++;
            }
            if (original > 127) {
                x = '?';
            }
            switch (x) {
                case 'A' -> a++;
                case 'C' -> c++;
                case 'G' -> g++;
                case 'T' -> t++;
                default -> { }
            }
            if ("RYSWKM".indexOf(x) >= 0) {
                i2++;
            }
            if ("BDHV".indexOf(x) >= 0) {
                i3++;
            }
            if ("SWKM".indexOf(x) >= 0) {
                tv++;
            }
            if ("RY".indexOf(x) >= 0) {
                ts++;
            }
            if (i + 1 < seq.length()) {
                char next = seq.charAt(i + 1) > 127 ? '?' : Character.toUpperCase(seq.charAt(i + 1));
                if (x == 'C' && next == 'G') {
                    cg++;
                }
                if ((x == 'C' || x == 'Y') && (next == 'G' || next == 'R')) {
                    context++;
                    if (x == 'Y') {
                        cpgTs++;
                    }
                    if (next == 'R') {
                        cpgTs++;
                    }
                }
            }
        }
        long length = seq.length();
        long i4 = length - a - c - g - t - i2 - i3;
        return new Row(name, length, a, c, g, t, length - a - c - g - t, cg, i2, i3, i4,
                2 * context, tv, ts, cpgTs, lower);
    }

    /** faCount text for rows: header, rows, total. */
    public static String facount(List<Row> rows) {
        StringBuilder out = new StringBuilder("#seq\tlen\tA\tC\tG\tT\tN\tcpg\n");
        long[] total = new long[7];
        for (Row row : rows) {
            out.append(row.facount()).append('\n');
            total[0] += row.length();
            total[1] += row.a();
            total[2] += row.c();
            total[3] += row.g();
            total[4] += row.t();
            total[5] += row.nonAcgt();
            total[6] += row.cg();
        }
        out.append("total");
        for (long value : total) {
            out.append('\t').append(value);
        }
        return out.append('\n').toString();
    }

    /** seqtk comp text for rows. */
    public static String seqtk(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach(row -> out.append(row.seqtk()).append('\n'));
        return out.toString();
    }
}
