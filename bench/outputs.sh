#!/usr/bin/env bash
# Writes the output of every command over every input format into DIR, so two builds can be
# compared byte for byte (`diff -r BEFORE AFTER`): FASTA (several records, with and without a
# .fai), raw, BGZF, gzip and .2bit, each at a small split size so records cross splits.
#   bench/outputs.sh DIR [SHARED_DATA]     (default SHARED_DATA: ../shared/data)
# The HTML report's run figures (timings, dates) and json's seconds are cut out before storing.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
data="${2:-$home/../shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
m="$home/bin/mapchunk"

cp "$data/lambda_virus.fa" "$work/lambda.fa"                  # no .fai: built by the run
cp "$data/pfalciparum_mal.fa" "$data/pfalciparum_mal.fa.fai" "$work/"
grep -v '^>' "$data/lambda_virus.fa" > "$work/lambda.seq"     # raw
bgzip -c "$data/pfalciparum_mal.fa" > "$work/pfal.fa.bgz"
gzip -c "$data/ecoli_mg1655.fa" > "$work/ecoli.fa.gz"
cp "$data/hg38_chr16_subset.2bit" "$data/mm10_chr17_subset.2bit" "$work/"

inputs=(lambda.fa pfalciparum_mal.fa lambda.seq pfal.fa.bgz ecoli.fa.gz hg38_chr16_subset.2bit
  mm10_chr17_subset.2bit)
common=(-q -p 2 --split-size 64k)
for input in "${inputs[@]}"; do
  f="$work/$input"
  run() { # NAME ARGS... : stdout and exit code of one command into DIR/INPUT.NAME
    local name="$1"; shift
    local code=0
    "$m" "$@" > "$out/$input.$name" 2> "$work/stderr" || code=$?
    echo "exit $code" >> "$out/$input.$name"
    [[ $code == 0 ]] || head -1 "$work/stderr" >> "$out/$input.$name"
  }
  run count-facount count "${common[@]}" "$f"
  run count-seqtk count "${common[@]}" --format seqtk "$f"
  run count-json count "${common[@]}" --format json "$f"
  run stats-tsv stats "${common[@]}" "$f"
  run stats-json stats "${common[@]}" --format json "$f"
  run gc-bedgraph gc "${common[@]}" -w 5k "$f"
  run gc-tsv gc "${common[@]}" -w 7k -s 3k --format tsv "$f"
  run index index "${common[@]}" -o - "$f"
  run sample-bed sample "${common[@]}" -n 300 -l 20 --seed 7 "$f"
  run sample-fasta sample "${common[@]}" -n 50 -l 70 --seed 3 --format fasta --exclude-n "$f"
  run sample-per-seq sample "${common[@]}" -n 3 -l 5 --seed 5 --per-sequence "$f"
  run sample-scan sample "${common[@]}" --scan -n 200 --where cpg --seed 11 "$f"
  run report report "${common[@]}" -o "$work/report.html" "$f"
  if [[ -f $work/report.html ]]; then
    grep -v -E 'seconds|[0-9]{4}-[0-9]{2}-[0-9]{2}|GB/s|MB/s| s<' "$work/report.html" \
      >> "$out/$input.report"
    rm -f "$work/report.html"
  fi
done
sed -i "s|$work|WORK|g" "$out"/*   # the temporary directory's name differs per run
# the run figures of json outputs (seconds and speeds) differ per run
sed -i -E 's/"(wall_seconds|job_seconds|bytes_per_second)": [0-9.eE+-]+/"\1": T/g' "$out"/*
ls "$out" | wc -l
