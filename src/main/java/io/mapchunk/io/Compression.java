package io.mapchunk.io;

/** How an input file is compressed, told from its first bytes whatever its name. */
public enum Compression {
    /** Not compressed. */
    NONE,
    /** BGZF (what {@code bgzip} writes): independent deflate blocks, read in parallel splits. */
    BGZF,
    /** Plain gzip (possibly several members): one stream, read by one reader. */
    GZIP;

    /** BGZF when the gzip header's extra field has the {@code BC} subfield, else GZIP or NONE. */
    public static Compression of(byte[] head, int length) {
        if (length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
            return NONE;
        }
        if (length < 12 || head[2] != 8 || (head[3] & 4) == 0) {
            return GZIP;
        }
        int extraEnd = 12 + ((head[10] & 0xff) | (head[11] & 0xff) << 8);
        for (int field = 12; field + 4 <= Math.min(extraEnd, length); ) {
            int fieldLength = (head[field + 2] & 0xff) | (head[field + 3] & 0xff) << 8;
            if (head[field] == 'B' && head[field + 1] == 'C' && fieldLength == 2) {
                return BGZF;
            }
            field += 4 + fieldLength;
        }
        return GZIP;
    }
}
