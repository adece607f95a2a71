/**
 * Hands the file's splits to the reading subtasks (those stored on a reader's host first, where
 * splits know their hosts), and checkpoints what is left.
 */
package io.mapchunk.source.enumerator;
