package io.mapchunk.analysis.sample;

import java.util.Arrays;

/**
 * The {@code k} (key, position) pairs with the smallest keys seen so far (ties broken by position):
 * a primitive max-heap, so offering a pair that does not make the cut costs one comparison. Two
 * bottom-k sets merge exactly by offering one's pairs to the other.
 */
public final class BottomK {

    private final int k;
    private final long[] keys;
    private final long[] positions;
    private int size;

    public BottomK(int k) {
        this.k = k;
        this.keys = new long[k];
        this.positions = new long[k];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** The largest key kept when full (a key must be below it to get in), else Long.MAX_VALUE. */
    public long threshold() {
        return size < k ? Long.MAX_VALUE : keys[0];
    }

    public void offer(long key, long position) {
        if (size < k) {
            keys[size] = key;
            positions[size] = position;
            siftUp(size++);
        } else if (k > 0 && less(key, position, keys[0], positions[0])) {
            keys[0] = key;
            positions[0] = position;
            siftDown(0);
        }
    }

    public long key(int i) {
        return keys[i];
    }

    public long position(int i) {
        return positions[i];
    }

    /** The kept positions, sorted. */
    public long[] sortedPositions() {
        long[] sorted = Arrays.copyOf(positions, size);
        Arrays.sort(sorted);
        return sorted;
    }

    private static boolean less(long key, long pos, long otherKey, long otherPos) {
        return key < otherKey || (key == otherKey && pos < otherPos);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(keys[parent], positions[parent], keys[i], positions[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int largest = i;
            if (left < size && less(keys[largest], positions[largest], keys[left], positions[left])) {
                largest = left;
            }
            int right = left + 1;
            if (right < size && less(keys[largest], positions[largest], keys[right], positions[right])) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        long pos = positions[a];
        positions[a] = positions[b];
        positions[b] = pos;
    }
}
