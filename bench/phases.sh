#!/usr/bin/env bash
# Where the seconds of one embedded run go: runs bin/mapchunk count on a file (default the bundled
# lambda genome) and prints the time from launch to each milestone in log/mapchunk.log.
#   bench/phases.sh [FILE]     (MAPCHUNK_JAVA_OPTS and MAPCHUNK_CDS are passed through)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$home/data/lambda_virus.fa}"
logs="$(mktemp -d)"
start=$(date +%s.%N)
MAPCHUNK_LOG_DIR="$logs" "$home/bin/mapchunk" count "$file" > /dev/null
end=$(date +%s.%N)
python3 - "$logs/mapchunk.log" "$start" "$end" <<'PY'
import datetime, re, sys
log, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
milestones = [("first log line (JVM + logging up)", r"."),
              ("mini-cluster start begins", r"Starting Flink Mini Cluster"),
              ("mini-cluster started", r"Flink Mini Cluster started successfully"),
              ("job submitted", r"Received job submission"),
              ("job RUNNING", r"switched from state CREATED to RUNNING"),
              ("job FINISHED", r"switched from state RUNNING to FINISHED"),
              ("result collected (CLI)", r"counted \d+ bytes"),
              ("last log line (shutdown)", None)]
lines = open(log).read().splitlines()
stamps = []
for line in lines:
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})", line)
    if m:
        t = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
        stamps.append((t, line))
for name, pattern in milestones:
    hit = stamps[-1] if pattern is None else next(((t, l) for t, l in stamps if re.search(pattern, l)), None)
    print(f"{name:38s} {hit[0] - start:6.2f} s" if hit else f"{name:38s}   n/a")
print(f"{'process exit':38s} {end - start:6.2f} s")
PY
rm -rf "$logs"
