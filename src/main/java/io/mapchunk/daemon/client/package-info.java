/**
 * The warm runner's client and wire format: the classes of {@code target/mapchunk-client.jar},
 * which depend on nothing but the JDK so that the client starts in a few tens of milliseconds.
 */
package io.mapchunk.daemon.client;
