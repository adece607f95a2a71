#!/usr/bin/env bash
# Soak test of bin/mapchunk (not part of the unit suite): N runs in a row, then two streams of M
# runs at once (the first two after deleting the class-data-sharing archive, as after a build),
# each result compared with the reference; temp usage, leftover processes and open file
# descriptors are measured before and after.
#
#   bench/soak.sh [SEQUENTIAL_RUNS [CONCURRENT_RUNS_PER_STREAM]]     (default 200 50)
#
# Needs `mvn package`. Uses a scratch directory (SOAK_DIR, default a new one under /tmp) as TMPDIR
# and log directory, and removes it at the end unless SOAK_KEEP=1. Exit 0 when every run
# succeeded with the reference result and nothing was left behind.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sequential="${1:-200}"
per_stream="${2:-50}"
input="$home/data/lambda_virus.fa"
reference="$home/data/lambda_virus.facount.tsv"
soak="${SOAK_DIR:-$(mktemp -d /tmp/mapchunk-soak.XXXXXX)}"
mkdir -p "$soak/tmp" "$soak/log" "$soak/out"
export TMPDIR="$soak/tmp" MAPCHUNK_LOG_DIR="$soak/log"
unset MAPCHUNK_CLASSPATH

# processes of this soak's runs: their JVMs carry -Dmapchunk.run.dir=$soak/tmp/...
soak_pids() { pgrep -f -- "-Dmapchunk.run.dir=$soak/tmp/" || true; }
figures() {
  local pids fds=0 pid
  pids="$(soak_pids)"
  for pid in $pids; do fds=$((fds + $(ls "/proc/$pid/fd" 2>/dev/null | wc -l))); done
  printf 'tmp_bytes=%s tmp_entries=%s run_processes=%s their_fds=%s soak_shell_fds=%s system_file_handles=%s\n' \
    "$(du -sb "$soak/tmp" | cut -f1)" "$(find "$soak/tmp" -mindepth 1 | wc -l)" \
    "$(printf '%s' "$pids" | grep -c . || true)" "$fds" "$(ls /proc/$$/fd | wc -l)" \
    "$(cut -f1 /proc/sys/fs/file-nr)"
}

failures=0
one_run() { # $1: tag
  local out="$soak/out/$1.tsv" status=0
  "$home/bin/mapchunk" count "$input" >"$out" 2>"$soak/out/$1.err" || status=$?
  if [[ $status -ne 0 ]] || ! cmp -s "$out" "$reference"; then
    echo "run $1: exit $status, result $(cmp -s "$out" "$reference" && echo ok || echo DIFFERENT)" >&2
    return 1
  fi
  rm -f "$out" "$soak/out/$1.err"
}

echo "soak in $soak: $sequential runs in a row, then 2 x $per_stream at once"
before="$(figures)"
echo "before:      $before"
started=$SECONDS
for ((i = 1; i <= sequential; i++)); do
  one_run "seq-$i" || failures=$((failures + 1))
  if ((i % 25 == 0)); then echo "  $i runs, $((SECONDS - started)) s, $failures failed: $(figures)"; fi
done
echo "sequential:  $sequential runs in $((SECONDS - started)) s, $failures failed"
after_sequential="$(figures)"
echo "after:       $after_sequential"

rm -f "$home/target/mapchunk.jsa" # the first two concurrent runs both record the archive
started=$SECONDS
stream() { local f=0 i; for ((i = 1; i <= per_stream; i++)); do one_run "$1-$i" || f=$((f + 1)); done; echo "$f" >"$soak/$1.failed"; }
stream a & a=$!
stream b & b=$!
wait "$a" "$b"
concurrent_failures=$(( $(cat "$soak/a.failed") + $(cat "$soak/b.failed") ))
failures=$((failures + concurrent_failures))
echo "concurrent:  2 x $per_stream runs in $((SECONDS - started)) s, $concurrent_failures failed"
after="$(figures)"
echo "after:       $after"
echo "archive:     $(ls -l "$home/target/mapchunk.jsa" 2>/dev/null | awk '{print $5, "bytes"}') $(ls "$home"/target/mapchunk.jsa.*.tmp 2>/dev/null | wc -l) dump files left"
echo "log:         $(ls -l "$soak/log" | awk 'NR > 1 {printf "%s %s, ", $9, $5}')total $(du -sb "$soak/log" | cut -f1) bytes"
echo "jvm lines in log: $(grep -o '^[0-9-]* [0-9:,]* \[[0-9]*\]' "$soak/log/mapchunk.log" | awk '{print $3}' | sort -u | wc -l) pids in the current file"

same() { # tmp and process figures equal (file handles system-wide are other people's too)
  [[ "$(cut -d' ' -f1-5 <<<"$1")" == "$(cut -d' ' -f1-5 <<<"$2")" ]]
}
status=0
if ! same "$before" "$after_sequential" || ! same "$before" "$after"; then
  echo "LEFT BEHIND: temp files, processes or descriptors differ" >&2
  status=1
fi
if [[ $failures -ne 0 ]]; then echo "FAILED RUNS: $failures" >&2; status=1; fi
if [[ "${SOAK_KEEP:-0}" != 1 ]]; then rm -rf -- "$soak"; fi
echo "$([[ $status -eq 0 ]] && echo PASS || echo FAIL)"
exit "$status"
