# Sourced by bin/ and bench/ scripts: sets FLINK_JVM_FLAGS (Flink's module flags for Java 17) and
# MAPCHUNK_VECTOR_FLAGS (the Vector API kernels) from conf/jvm-flags.properties, where they are
# defined once (Maven reads the same file for surefire).

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

mapchunk_flags_file="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/conf/jvm-flags.properties"
FLINK_JVM_FLAGS="$(mapchunk_property "$mapchunk_flags_file" flink.jvm.flags)" \
  || { echo "no flink.jvm.flags in $mapchunk_flags_file" >&2; return 1 2>/dev/null || exit 1; }
MAPCHUNK_VECTOR_FLAGS="$(mapchunk_property "$mapchunk_flags_file" mapchunk.vector.flags)" \
  || { echo "no mapchunk.vector.flags in $mapchunk_flags_file" >&2; return 1 2>/dev/null || exit 1; }
export FLINK_JVM_FLAGS MAPCHUNK_VECTOR_FLAGS
unset mapchunk_flags_file
