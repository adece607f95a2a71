#!/usr/bin/env bash
# Fault test: kill -9 a TaskManager in the middle of a long `count` on a local session cluster
# (2 TaskManagers x 2 slots, job parallelism 2, fixed-delay restarts from conf/config.yaml) and
# check that the job still finishes with the same result as an undisturbed run.
#
#   src/it/taskmanager-kill.sh [SIZE_MB]      (default 2048; needs `mvn package` first, and curl)
#
# Generates a synthetic FASTA of SIZE_MB in a temporary directory, starts its own cluster there on
# ports 18091/16133 (MAPCHUNK_REST_PORT/MAPCHUNK_RPC_PORT to change), and removes everything on exit.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size_mb="${1:-2048}"
command -v curl >/dev/null || { echo "taskmanager-kill: needs curl" >&2; exit 1; }
work="$(mktemp -d /tmp/mapchunk-kill.XXXXXX)"
export MAPCHUNK_CLUSTER_DIR="$work/run" MAPCHUNK_LOG_DIR="$work/log"
export MAPCHUNK_REST_PORT="${MAPCHUNK_REST_PORT:-18091}" MAPCHUNK_RPC_PORT="${MAPCHUNK_RPC_PORT:-16133}"
rest="http://127.0.0.1:$MAPCHUNK_REST_PORT"
cleanup() {
  "$home/bin/cluster" stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

say() { echo "[$(date +%T)] $*"; }

# 8 records of random A/C/G/T with some N and lowercase, 60-base lines.
generate() {
  local map="" i
  for ((i = 0; i < 63; i++)); do map+="ACGT"; done
  map+="AcgN"
  for ((i = 1; i <= 8; i++)); do
    printf '>chr%d synthetic\n' "$i"
    head -c $((size_mb * 1024 * 1024 / 8 * 60 / 61)) /dev/urandom | LC_ALL=C tr '\000-\377' "$map" \
      | fold -w 60
    echo
  done >"$work/genome.fa"
}

json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }

say "generating a ${size_mb} MB FASTA"
generate
"$home/bin/cluster" start -n 2

submit() {
  "$home/bin/flink" run -m "127.0.0.1:$MAPCHUNK_REST_PORT" "$home/target/mapchunk.jar" \
    count "$work/genome.fa" --split-size 64m -o "$1"
}

say "undisturbed run"
started=$SECONDS
submit "$work/undisturbed.tsv" >/dev/null
say "undisturbed run took $((SECONDS - started)) s"

say "disturbed run"
started=$SECONDS
submit "$work/disturbed.tsv" >"$work/submit.out" 2>&1 &
client=$!
job=""
while [[ -z "$job" ]]; do
  kill -0 "$client" 2>/dev/null || { cat "$work/submit.out"; echo "job ended before it ran" >&2; exit 1; }
  job="$(curl -s "$rest/jobs/overview" | grep -o '"jid":"[0-9a-f]*"[^}]*"state":"RUNNING"' \
    | json_field jid || true)"
  sleep 0.2
done
source_vertex="$(curl -s "$rest/jobs/$job" | grep -o '"vertices":\[{"id":"[0-9a-f]*"' | cut -d'"' -f6)"
victim=""
while [[ -z "$victim" ]]; do
  victim="$(curl -s "$rest/jobs/$job/vertices/$source_vertex" \
    | grep -o '"status":"RUNNING"[^{]*{[^}]*}[^}]*"taskmanager-id":"[^"]*"' | json_field taskmanager-id || true)"
  sleep 0.2
done
sleep "${MAPCHUNK_KILL_DELAY:-2}"
read_so_far="$(curl -s "$rest/jobs/$job/vertices/$source_vertex/subtasks/metrics?get=Source__mapped_genome.mapchunkBytesRead&agg=sum" \
  | grep -o '"sum":[0-9.E]*' || true)"
pid="$(cat "$MAPCHUNK_CLUSTER_DIR/$victim.pid")"
say "kill -9 $victim (pid $pid) while the source runs on it; mapchunkBytesRead ${read_so_far:-n/a}"
kill -9 "$pid"
if ! wait "$client"; then
  cat "$work/submit.out" >&2
  echo "FAIL: the job did not survive the lost TaskManager" >&2
  exit 1
fi
say "disturbed run took $((SECONDS - started)) s"
failures="$(curl -s "$rest/jobs/$job/exceptions" | grep -o '"exceptionName":"[^"]*"' | sort | uniq -c || true)"
if [[ -z "$failures" ]]; then
  echo "FAIL: no failure recorded; the kill missed the job" >&2
  exit 1
fi
say "failures the job recovered from:"
echo "$failures"
if cmp -s "$work/undisturbed.tsv" "$work/disturbed.tsv"; then
  say "PASS: identical results ($(tail -n 1 "$work/disturbed.tsv"))"
else
  diff "$work/undisturbed.tsv" "$work/disturbed.tsv" >&2 || true
  echo "FAIL: results differ" >&2
  exit 1
fi
