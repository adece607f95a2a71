/**
 * The warm runner (issue 22): a long-lived local JVM that keeps a Flink mini-cluster and its
 * compiled kernels warm and runs the commands {@code bin/mapchunk} hands it, one at a time, over
 * a UNIX domain socket in a private directory. {@link io.mapchunk.daemon.Runner} listens and
 * {@link io.mapchunk.daemon.RunnerConnection} serves one client; the client itself, which must
 * start fast and so has no Flink on its class path, is {@code io.mapchunk.daemon.client}.
 * Each command runs as an {@link io.mapchunk.cli.Invocation} of its client: the client's working
 * directory, stdout, stderr and terminal.
 */
package io.mapchunk.daemon;
