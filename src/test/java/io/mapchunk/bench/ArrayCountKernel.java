package io.mapchunk.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A benchmark variant of the production kernel's hot path (histogram in four interleaved lanes and
 * strict CpG by SWAR) over a heap {@code byte[]} read with a little-endian long VarHandle, for
 * callers that copy mapped bytes into a small reused array first.
 */
final class ArrayCountKernel {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long CASE = 0x2020202020202020L;
    private static final long LOWER_C = 0x6363636363636363L;
    private static final long LOWER_G = 0x6767676767676767L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

    final int[] lanes = new int[4 * 256];
    long pairs;
    private boolean carryC;

    void add(byte[] bytes, int from, int to) {
        final int[] lane = lanes;
        long count = 0;
        boolean carry = carryC;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            lane[(int) word & 0xff]++;
            lane[256 + ((int) (word >>> 8) & 0xff)]++;
            lane[512 + ((int) (word >>> 16) & 0xff)]++;
            lane[768 + ((int) (word >>> 24) & 0xff)]++;
            lane[(int) (word >>> 32) & 0xff]++;
            lane[256 + ((int) (word >>> 40) & 0xff)]++;
            lane[512 + ((int) (word >>> 48) & 0xff)]++;
            lane[768 + (int) (word >>> 56)]++;
            long folded = word | CASE;
            long isC = equalBytes(folded, LOWER_C);
            long isG = equalBytes(folded, LOWER_G);
            long terminators = equalBytes(word, NEWLINES) | equalBytes(word, RETURNS);
            if (terminators == 0) {
                count += Long.bitCount(isC & (isG >>> 8));
                if (carry && (isG & 0x80L) != 0) {
                    count++;
                }
                carry = isC < 0;
            } else {
                for (int shift = 0; shift < 64; shift += 8) {
                    int value = (int) (word >>> shift) & 0xdf;
                    if (value != ('\n' & 0xdf) && value != ('\r' & 0xdf)) {
                        if (carry && value == 'G') {
                            count++;
                        }
                        carry = value == 'C';
                    }
                }
            }
        }
        for (; i < to; i++) {
            int value = bytes[i] & 0xff;
            lane[value]++;
            int folded = value & 0xdf;
            if (value != '\n' && value != '\r') {
                if (carry && folded == 'G') {
                    count++;
                }
                carry = folded == 'C';
            }
        }
        carryC = carry;
        pairs += count;
    }

    private static long equalBytes(long word, long pattern) {
        long x = word ^ pattern;
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
