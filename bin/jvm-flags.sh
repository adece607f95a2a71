# Sourced by bin/ scripts: the module flags Flink needs on Java 17 (as in Flink's own config.yaml).
FLINK_JVM_FLAGS="--add-exports=java.base/sun.net.util=ALL-UNNAMED \
--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED \
--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED \
--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED \
--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED \
--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED \
--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED \
--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED \
--add-opens=java.base/java.lang=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED \
--add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
--add-opens=java.base/java.text=ALL-UNNAMED \
--add-opens=java.base/java.time=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED"
export FLINK_JVM_FLAGS
# The Vector API counting kernel (VectorCountKernel); without it mapchunk counts with the plain
# kernel. The JVM then prints "WARNING: Using incubator modules: jdk.incubator.vector" on stderr.
# The vector loops are compiled after a hundredth of the usual calls: until C2 compiles them the
# Vector API runs unintrinsified, some 100x slower (0.4 s of a 3 GB count's 2.4 s job before this).
# "quiet" keeps the JVM from echoing the commands on stdout.
MAPCHUNK_VECTOR_FLAGS="--add-modules jdk.incubator.vector -XX:CompileCommand=quiet \
-XX:CompileCommand=CompileThresholdScaling,io.mapchunk.analysis.count.VectorCountKernel::countBlock,0.01 \
-XX:CompileCommand=CompileThresholdScaling,io.mapchunk.analysis.index.VectorLineScanner::add,0.01 \
-XX:CompileCommand=CompileThresholdScaling,io.mapchunk.source.reader.VectorHeaderSearch::findMark,0.01"
export MAPCHUNK_VECTOR_FLAGS
