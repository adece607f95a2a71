/**
 * Stitching: from split-local parts (what a reader could tell of its split) back to the file's
 * records, in file order. The one place that decides which record a part belongs to.
 */
package io.mapchunk.stitch;
