/**
 * The one place that maps (or reads) file bytes ({@code FileMapping}), the one opener of input
 * bytes ({@code InputChannels}: plain files as they are, BGZF and gzip files as read-only channels
 * over their uncompressed bytes, files on other file systems Flink reaches as read-only channels of
 * positioned reads: {@code InputLocation}, {@code RemoteChannel}, {@code RemoteFiles}), and
 * {@code VectorApi}, the one switch between every Vector API kernel and its scalar twin.
 */
package io.mapchunk.io;
