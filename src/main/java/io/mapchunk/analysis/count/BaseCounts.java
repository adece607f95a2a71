package io.mapchunk.analysis.count;

/**
 * Base composition of a stretch of sequence. Both cases are counted together; {@link #lower}
 * counts soft-masked (lowercase) letters on top. Pair counters cover dinucleotides:
 * {@link #cpg} strict CG (faCount), {@link #cpgContextPairs} (C|Y)(G|R) pairs and
 * {@link #cpgContextTransitions} the Y/R positions in them (seqtk comp). {@link #gap} counts
 * seqkit's gap letters ({@code -}, {@code .} and space) on top of {@link #other}, for
 * {@code seqkit stats}' sum_gap.
 *
 * <p>A mutable accumulator with public fields, so Flink serializes it as a POJO.
 */
public final class BaseCounts {

    public long length;
    public long a;
    public long c;
    public long g;
    public long t;
    public long n;
    public long r;
    public long y;
    public long s;
    public long w;
    public long k;
    public long m;
    public long b;
    public long d;
    public long h;
    public long v;
    public long other;
    public long lower;
    public long cpg;
    public long cpgContextPairs;
    public long cpgContextTransitions;
    public long gap;

    public BaseCounts() {}

    /**
     * The counts of a histogram of sequence bytes ({@code histogram[value]} bytes of each value,
     * none of them a line end), with no pairs counted: for reads, whose pairs are counted within
     * each read.
     */
    public static BaseCounts ofBytes(long[] histogram) {
        BaseCounts counts = new BaseCounts();
        for (int value = 0; value < histogram.length; value++) {
            if (histogram[value] != 0) {
                counts.addByte(value, histogram[value]);
            }
        }
        return counts;
    }

    /** Adds {@code count} occurrences of byte {@code value} (a non-terminator sequence byte). */
    void addByte(int value, long count) {
        length += count;
        if (value >= 'a' && value <= 'z') {
            lower += count;
        } else if (value == '-' || value == '.' || value == ' ') {
            gap += count;
        }
        switch (value | 0x20) {
            case 'a' -> a += count;
            case 'c' -> c += count;
            case 'g' -> g += count;
            case 't' -> t += count;
            case 'n' -> n += count;
            case 'r' -> r += count;
            case 'y' -> y += count;
            case 's' -> s += count;
            case 'w' -> w += count;
            case 'k' -> k += count;
            case 'm' -> m += count;
            case 'b' -> b += count;
            case 'd' -> d += count;
            case 'h' -> h += count;
            case 'v' -> v += count;
            default -> other += count;
        }
    }

    /** Adds every counter of {@code that} to this one and returns this. */
    public BaseCounts add(BaseCounts that) {
        length += that.length;
        a += that.a;
        c += that.c;
        g += that.g;
        t += that.t;
        n += that.n;
        r += that.r;
        y += that.y;
        s += that.s;
        w += that.w;
        k += that.k;
        m += that.m;
        b += that.b;
        d += that.d;
        h += that.h;
        v += that.v;
        other += that.other;
        lower += that.lower;
        cpg += that.cpg;
        cpgContextPairs += that.cpgContextPairs;
        cpgContextTransitions += that.cpgContextTransitions;
        gap += that.gap;
        return this;
    }

    public BaseCounts copy() {
        return new BaseCounts().add(this);
    }

    /** A+C+G+T. */
    public long acgt() {
        return a + c + g + t;
    }

    /** Everything that is not A, C, G or T (faCount's N column). */
    public long nonAcgt() {
        return length - acgt();
    }

    /** Two-base IUPAC codes: R Y S W K M. */
    public long iupac2() {
        return r + y + s + w + k + m;
    }

    /** Three-base IUPAC codes: B D H V. */
    public long iupac3() {
        return b + d + h + v;
    }

    /** Four-base codes and anything unrecognised (seqtk comp's #4, which counts N and others). */
    public long iupac4OrOther() {
        return length - acgt() - iupac2() - iupac3();
    }

    /** (G+C) / (A+C+G+T), or NaN without any A, C, G or T. */
    public double gcFraction() {
        long acgt = acgt();
        return acgt == 0 ? Double.NaN : (double) (g + c) / acgt;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BaseCounts x)) {
            return false;
        }
        return length == x.length && a == x.a && c == x.c && g == x.g && t == x.t && n == x.n
                && r == x.r && y == x.y && s == x.s && w == x.w && k == x.k && m == x.m
                && b == x.b && d == x.d && h == x.h && v == x.v && other == x.other
                && lower == x.lower && cpg == x.cpg && cpgContextPairs == x.cpgContextPairs
                && cpgContextTransitions == x.cpgContextTransitions && gap == x.gap;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length * 31 + a * 17 + c * 13 + g * 7 + t * 5 + cpg);
    }

    @Override
    public String toString() {
        return "BaseCounts{len=" + length + " A=" + a + " C=" + c + " G=" + g + " T=" + t + " N=" + n
                + " R=" + r + " Y=" + y + " S=" + s + " W=" + w + " K=" + k + " M=" + m + " B=" + b
                + " D=" + d + " H=" + h + " V=" + v + " other=" + other + " lower=" + lower
                + " cpg=" + cpg + " ctx=" + cpgContextPairs + " ctxTs=" + cpgContextTransitions
                + " gap=" + gap + '}';
    }
}
