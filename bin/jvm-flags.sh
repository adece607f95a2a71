# Sourced by bin/ and bench/ scripts: picks the JVM (MAPCHUNK_JAVA_BIN, its feature version in
# MAPCHUNK_JAVA_VERSION) and sets FLINK_JVM_FLAGS (Flink's module flags, plus on Java 25 those that
# keep it quiet) and MAPCHUNK_VECTOR_FLAGS (the Vector API kernels) from conf/jvm-flags.properties,
# where they are defined once (Maven reads the same file for surefire).
#
# The JVM: JAVA_HOME if set; else with MAPCHUNK_JAVA=N the newest JDK of feature version N under
# /usr/lib/jvm (exported as JAVA_HOME, so child JVMs use it too); else the java on PATH (Java 17
# here). Java 17 stays the default: a cold count starts faster there with CDS than on Java 25 with
# its AOT cache, whose linked classes need a module graph without the incubating Vector API
# (README "How a run executes").

# The value of a key of a properties file with continued lines joined, as java.util.Properties reads
# it (enough for flags: no escapes but the line continuation).
mapchunk_property() {
  awk -v key="$2" '
    !continued && /^[ \t]*([#!]|$)/ { next }
    {
      line = $0
      sub(/^[ \t]+/, "", line)
      if (!continued) {
        name = line
        sub(/[ \t]*[=:].*$/, "", name)
        sub(/^[^=:]*[=:][ \t]*/, "", line)
        wanted = name == key
      }
      continued = sub(/\\$/, "", line)
      if (wanted) value = value line
      if (wanted && !continued) { print value; found = 1; exit }
    }
    END { exit !found }' "$1"
}

# The full version (17.0.17, 25.0.3) of the JDK at $1, from its release file; empty if none.
mapchunk_java_release() {
  sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null
}

if [[ -z "${JAVA_HOME:-}" && -n "${MAPCHUNK_JAVA:-}" ]]; then
  JAVA_HOME="$(for jdk in /usr/lib/jvm/*/; do
      release="$(mapchunk_java_release "${jdk%/}")"
      if [[ -x "${jdk}bin/java" && "${release%%.*}" == "$MAPCHUNK_JAVA" ]]; then
        echo "$release ${jdk%/}"
      fi
    done | sort -V | tail -n 1 | cut -d ' ' -f 2-)"
  [[ -n "$JAVA_HOME" ]] || { echo "no Java $MAPCHUNK_JAVA (MAPCHUNK_JAVA) in /usr/lib/jvm" >&2
    return 1 2>/dev/null || exit 1; }
  export JAVA_HOME
fi
MAPCHUNK_JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
MAPCHUNK_JAVA_VERSION="$(mapchunk_java_release \
  "${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}")"
MAPCHUNK_JAVA_VERSION="${MAPCHUNK_JAVA_VERSION%%.*}"
export MAPCHUNK_JAVA_BIN MAPCHUNK_JAVA_VERSION

mapchunk_flags_file="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/conf/jvm-flags.properties"
FLINK_JVM_FLAGS="$(mapchunk_property "$mapchunk_flags_file" flink.jvm.flags)" \
  || { echo "no flink.jvm.flags in $mapchunk_flags_file" >&2; return 1 2>/dev/null || exit 1; }
if [[ "${MAPCHUNK_JAVA_VERSION:-0}" -ge 25 ]]; then
  FLINK_JVM_FLAGS+=" $(mapchunk_property "$mapchunk_flags_file" java25.jvm.flags)" \
    || { echo "no java25.jvm.flags in $mapchunk_flags_file" >&2; return 1 2>/dev/null || exit 1; }
fi
MAPCHUNK_VECTOR_FLAGS="$(mapchunk_property "$mapchunk_flags_file" mapchunk.vector.flags)" \
  || { echo "no mapchunk.vector.flags in $mapchunk_flags_file" >&2; return 1 2>/dev/null || exit 1; }
export FLINK_JVM_FLAGS MAPCHUNK_VECTOR_FLAGS
unset mapchunk_flags_file
