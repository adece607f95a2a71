package io.mapchunk.format;

import java.io.Serializable;

/**
 * What a format parses from a file once, when it is inspected, for every reader of the file to
 * use (a {@code .2bit}'s index and record headers): it travels with the inspected
 * {@link SequenceFile} to the subtasks instead of being parsed again by each.
 */
public interface FormatHeader extends Serializable {}
