/** Base composition in windows along each record ({@code gc}, the report's plots). */
package io.mapchunk.analysis.gc;
