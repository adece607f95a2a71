package io.mapchunk.runtime;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.rpc.RpcSystem;
import org.apache.flink.runtime.rpc.RpcSystemLoader;
import org.apache.flink.runtime.rpc.exceptions.RpcLoaderException;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Loads Flink's Pekko RPC system from the class path when {@code bin/mapchunk} put it there
 * ({@code target/rpc/flink-rpc-akka.jar}, unpacked once at build time). Flink's own loader instead
 * copies that 24 MB jar out of {@code flink-rpc-akka-loader} into the temp directory on every start
 * and loads it in a separate class loader, which the class-data-sharing archive cannot cover.
 * Where the RPC jar is not on the class path (tests, a session cluster), this loader declines and
 * Flink's loader runs as usual.
 */
public final class ClasspathRpcSystemLoader implements RpcSystemLoader {

    @Override
    public int getLoadPriority() {
        return -1;
    }

    @Override
    public RpcSystem loadRpcSystem(Configuration config) {
        Iterator<RpcSystem> systems = ServiceLoader.load(RpcSystem.class,
                ClasspathRpcSystemLoader.class.getClassLoader()).iterator();
        if (!systems.hasNext()) {
            throw new RpcLoaderException("no RPC system on the class path");
        }
        return systems.next();
    }
}
