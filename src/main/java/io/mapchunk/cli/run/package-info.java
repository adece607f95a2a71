/** Job files for scheduled runs ({@code mapchunk run}) and the record each run leaves. */
package io.mapchunk.cli.run;
