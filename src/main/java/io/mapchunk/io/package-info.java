/** The one place that maps (or reads) file bytes, and the switch for the Vector API. */
package io.mapchunk.io;
