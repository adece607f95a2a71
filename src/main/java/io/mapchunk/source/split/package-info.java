/** Byte-range splits of the file, their planner and their serializer. */
package io.mapchunk.source.split;
