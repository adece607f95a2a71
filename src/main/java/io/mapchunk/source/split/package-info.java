/**
 * Byte-range splits of the file, their planner and their serializer; on a file system with
 * blocks (HDFS), {@code BlockHosts} aligns them to blocks and gives each the hosts of its block.
 */
package io.mapchunk.source.split;
