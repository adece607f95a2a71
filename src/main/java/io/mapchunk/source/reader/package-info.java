/** Reads a split a mapping at a time and cuts it into chunks of one record each. */
package io.mapchunk.source.reader;
