/**
 * Random positions and windows: planned draws that touch only their pages ({@code sample}), and
 * bottom-k selection in one full pass ({@code sample --scan}).
 */
package io.mapchunk.analysis.sample;
