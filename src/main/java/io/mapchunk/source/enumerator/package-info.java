/** Hands the file's splits to the reading subtasks, and checkpoints what is left. */
package io.mapchunk.source.enumerator;
