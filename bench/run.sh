#!/usr/bin/env bash
# End-to-end benchmark against the peers, in one run: mapchunk count -p 2 vs seqkit fx2tab;
# mapchunk sample (100,000 and 2,000,000 x 100 bp, seed 1) vs samtools faidx -r on the same
# regions (drawn by mapchunk, in genome order); mapchunk index vs samtools faidx. More tools with
# --tools: mapchunk-p1, mapchunk-facount-p2, mapchunk-report (one pass: counts, dinucleotides and
# GC windows), seqtk, flink-textline-p2 (the Flink FileSource text-line baseline),
# bedtools-random-getfasta, mapchunk-2bit-p2 (count -p 2 on the genome's .2bit twin, made by
# generate --format 2bit with the same options; for generated sizes only). BGZF (issue 13; the file
# bgzipped once with `bgzip -@2 -i`, its .fai by samtools): mapchunk-bgzf-p2 vs seqkit-bgzf
# (count), mapchunk-index-bgzf vs samtools-index-bgzf, mapchunk-sample-bgzf vs
# samtools-faidx-r-bgzf. Tools alternate within each repetition (the order rotates); the page
# cache is warmed and checked with fincore before each run.
# Warm runner (issue 22): the *-warm tools run the same commands through a warm runner that this
# script starts before the runs (-Xmx128m, like every JVM here) and stops at the end: mapchunk-warm-p2
# (count --format json), mapchunk-warm-facount, mapchunk-warm-report, mapchunk-warm-sample(-2m);
# their RSS and heap columns are the client's, the runner's peak is in environment.txt. The size
# "set40" is 40 generated bacterial-size genomes (5 MB each, seeds 1-40) in one directory, for
# mapchunk-stats (cold), mapchunk-warm-stats and seqkit-stats (`seqkit stats -a -T -j 2`).
# The size "reads" is a FASTQ of Illumina reads that ART simulates from human chr20 (HiSeq 2500
# profile, 150 bp, coverage $MAPCHUNK_BENCH_READS_COVERAGE, default 40: ~6 GB; or the file named by
# $MAPCHUNK_BENCH_FASTQ), for mapchunk-fq-stats vs seqkit-fq-stats (`seqkit stats -a -T -j 2`) and
# seqtk-fqchk, mapchunk-fq-count, mapchunk-fq-sample (-n 1000000) vs seqtk-sample (`-s 1`, reads
# held in memory) and seqtk-sample-2 (two passes), and the BGZF and gzip twins (*-bgzf, *-gz).
# Results: bench/results/<date>/runs.csv, summary.md, throughput.svg (and bench/results/latest).
#
#   bench/run.sh                      # bundled lambda genome, human_chr20 (if ../shared/data), 3 GiB
#   bench/run.sh --reps 3 --sizes "small 3g"
#   bench/run.sh --sizes 30g --reps 1 # the 30 GiB run (larger than RAM: cold, not for CI)
#   bench/run.sh --sizes "small chr20 set40" --tools "mapchunk-warm-facount seqkit"
#
# Environment: MAPCHUNK_BENCH_DATA (generated files and logs, default /tmp/mapchunk-bench),
# MAPCHUNK_SHARED_DATA (default ../shared/data), MAPCHUNK_SAMPLE_ARGS (mapchunk sample options,
# default "-n 100000 -l 100 --seed 1"), MAVEN_OFFLINE (default -o; set empty to allow downloads).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"

reps=5
sizes="small chr20 3g"
tools=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

data="${MAPCHUNK_BENCH_DATA:-/tmp/mapchunk-bench}"
shared="${MAPCHUNK_SHARED_DATA:-$home/../shared/data}"
sample_args="${MAPCHUNK_SAMPLE_ARGS:--n 100000 -l 100 --seed 1}"
offline="${MAVEN_OFFLINE--o}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$home/bench/results/$stamp"
mkdir -p "$data" "$out"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# --- peers -------------------------------------------------------------------------------------
missing=()
for tool in seqkit seqtk samtools bedtools fincore bgzip; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  log "installing ${missing[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  packages=("${missing[@]/fincore/util-linux}")
  packages=("${packages[@]/bgzip/tabix}")
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# --- build -------------------------------------------------------------------------------------
log "building"
mvn -B -q $offline package -DskipTests
mvn -B -q $offline test-compile
cp_file=target/bench-classpath.txt
if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
  mvn -B -q $offline dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
fi
. bin/jvm-flags.sh

# --- files -------------------------------------------------------------------------------------
prepare() { # name -> path of the FASTA (linked or generated into $data, with .fai and regions)
  local name="$1" file
  case "$name" in
    small) file="$data/lambda_virus.fa"; ln -sf "$home/data/lambda_virus.fa" "$file" ;;
    chr20) [[ -f "$shared/human_chr20.fa" ]] || return 1
           file="$data/human_chr20.fa"; ln -sf "$(cd "$shared" && pwd)/human_chr20.fa" "$file" ;;
    set40) file="$data/set40"
           mkdir -p "$file"
           for seed in $(seq 1 40); do
             [[ -s "$file/g$seed.fa" ]] || bin/mapchunk generate --size 5m --seed "$seed" -o "$file/g$seed.fa"
           done
           echo "$file"; return ;;
    reads) file="${MAPCHUNK_BENCH_FASTQ:-$data/reads.fq}"
           if [[ ! -s "$file" ]]; then
             [[ -f "$shared/human_chr20.fa" ]] && command -v art_illumina >/dev/null || return 1
             log "simulating reads into $file"
             art_illumina -ss HS25 -i "$shared/human_chr20.fa" -l 150 \
               -f "${MAPCHUNK_BENCH_READS_COVERAGE:-40}" -rs 7 -na -q -o "${file%.fq}" >&2
           fi
           echo "$file"; return ;;
    *g) file="$data/human$name.fa"
        if [[ ! -s "$file" ]]; then
          log "generating $file"
          bin/mapchunk generate --size "$name" -o "$file"
        fi ;;
    *) echo "run.sh: unknown size $name" >&2; return 1 ;;
  esac
  [[ -s "$file.fai" ]] || samtools faidx "$file"
  cut -f1,2 "$file.fai" > "$file.genome"
  # the regions samtools reads are the ones mapchunk draws (same seed), in genome order
  [[ -s "$file.regions" ]] || bin/mapchunk sample -n 100000 -l 100 --seed 1 --format bed "$file" \
    | awk '{print $1":"$2+1"-"$3}' > "$file.regions"
  [[ -s "$file.regions2m" ]] || bin/mapchunk sample -n 2000000 -l 100 --seed 1 --format bed "$file" \
    | awk '{print $1":"$2+1"-"$3}' > "$file.regions2m"
  echo "$file"
}

prepare_fastq_twins() { # FASTQ -> FASTQ.bgz.gz (bgzip) and FASTQ.gz (gzip -1)
  local file="$1"
  [[ -s "$file.bgz.gz" ]] || { log "bgzipping $file"; bgzip -@2 -c "$file" > "$file.bgz.gz"; }
  [[ -s "$file.gz" ]] || { log "gzipping $file"; gzip -1 -c "$file" > "$file.gz"; }
}

prepare_bgzf() { # FASTA -> its BGZF twin FASTA.gz with .gzi (bgzip) and .fai (samtools, uncompressed offsets)
  local file="$1"
  if [[ ! -s "$file.gz" || ! -s "$file.gz.gzi" ]]; then
    log "bgzipping $file"
    bgzip -@2 -i -I "$file.gz.gzi" -c "$file" > "$file.gz"
  fi
  [[ -s "$file.gz.fai" ]] || samtools faidx "$file.gz"
}

# --- the warm runner ---------------------------------------------------------------------------
# Cold tools run with MAPCHUNK_DAEMON=off; warm ones with the runner's own environment, so that
# the client hands them over (a runner of another build or environment would be passed over).
export MAPCHUNK_DAEMON=off
warm_env() { MAPCHUNK_DAEMON= MAPCHUNK_JAVA_OPTS="-Xmx128m" MAPCHUNK_LOG_DIR="$data/logs" "$@"; }
runner_started=""
start_runner() {
  [[ -n "$runner_started" ]] && return
  warm_env bin/mapchunk daemon start >&2
  runner_started=yes
  # the first commands compile the kernels: not part of any measurement
  warm_env bin/mapchunk count "$home/data/lambda_virus.fa" > /dev/null
}
stop_runner() {
  if [[ -n "$runner_started" ]]; then
    warm_env bin/mapchunk daemon status | sed 's/^/runner /' >> "$out/environment.txt" || true
    local pid; pid=$(warm_env bin/mapchunk daemon status | awk '/^warm runner: pid/ {print $4}')
    [[ -n "$pid" ]] && grep -E 'VmHWM|VmRSS' "/proc/$pid/status" | sed 's/^/runner /' >> "$out/environment.txt"
    warm_env bin/mapchunk daemon stop >&2 || true
  fi
}
trap stop_runner EXIT

# --- one run -----------------------------------------------------------------------------------
mem_total_kb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)
warm() { # read the file into the page cache if it fits in 70% of RAM; print the cached percent
  local file="$1" size_kb
  size_kb=$(( $(stat -Lc %s "$file") / 1024 ))
  if [[ -d "$file" ]]; then
    cat "$file"/*.fa > /dev/null
    fincore --bytes --noheadings --output RES,SIZE "$file"/*.fa \
      | awk '{ r += $1; s += $2 } END { printf "%.0f", (s > 0 ? 100 * r / s : 0) }'
    return
  fi
  if (( size_kb < mem_total_kb * 7 / 10 )); then cat "$file" > /dev/null; fi
  fincore --bytes --noheadings --output RES,SIZE "$(readlink -f "$file")" \
    | awk '{ if ($2 > 0) printf "%.0f", ($1 > $2 ? 100 : 100 * $1 / $2); else print 0 }'
}

twin() { # tool file -> the file, or its BGZF (*-bgzf) or gzip (*-gz) twin
  case "$1" in *-bgzf) echo "$2.bgz.gz" ;; *-gz) echo "$2.gz" ;; *) echo "$2" ;; esac
}

run_tool() { # tool file -> a JSON line of measurements
  local tool="$1" file="$2" result="$out/last.out" gclog="$out/last.gc.log"
  rm -f "$result" "$result.gzi" "$gclog"
  case "$tool" in
    mapchunk-warm-p2)
      warm_env python3 bench/measure.py -- \
        bin/mapchunk count -p 2 --format json -o "$result" "$file" \
        | python3 -c 'import json,sys; m=json.loads(sys.stdin.read()); r=json.load(open(sys.argv[1]))["run"] if m["exit"]==0 else {}; m["job_s"]=r.get("job_seconds"); print(json.dumps(m))' "$result" ;;
    mapchunk-warm-facount)
      warm_env python3 bench/measure.py -- bin/mapchunk count -o "$result" "$file" ;;
    mapchunk-warm-report)
      warm_env python3 bench/measure.py -- bin/mapchunk report -o "$result" "$file" ;;
    mapchunk-warm-sample)
      # shellcheck disable=SC2086
      warm_env python3 bench/measure.py -- bin/mapchunk sample $sample_args -o "$result" "$file" ;;
    mapchunk-warm-sample-2m)
      warm_env python3 bench/measure.py -- \
        bin/mapchunk sample -n 2000000 -l 100 --seed 1 -o "$result" "$file" ;;
    mapchunk-warm-stats)
      warm_env python3 bench/measure.py -- bin/mapchunk stats -o "$result" "$file"/*.fa ;;
    mapchunk-stats)
      MAPCHUNK_JAVA_OPTS="-Xmx128m" MAPCHUNK_LOG_DIR="$data/logs" MAPCHUNK_DAEMON=off \
        python3 bench/measure.py -- bin/mapchunk stats -o "$result" "$file"/*.fa ;;
    seqkit-stats)
      python3 bench/measure.py -- seqkit stats -a -T -j 2 "$file"/*.fa ;;
    mapchunk-fq-stats|mapchunk-fq-stats-bgzf|mapchunk-fq-stats-gz)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc:file=$gclog" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk stats -o "$result" "$(twin "$tool" "$file")" ;;
    seqkit-fq-stats|seqkit-fq-stats-bgzf|seqkit-fq-stats-gz)
      python3 bench/measure.py -- seqkit stats -a -T -j 2 "$(twin "$tool" "$file")" ;;
    seqtk-fqchk)
      python3 bench/measure.py -- seqtk fqchk "$file" ;;
    mapchunk-fq-count)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc:file=$gclog" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk count --format json -o "$result" "$file" ;;
    mapchunk-fq-sample|mapchunk-fq-sample-bgzf)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc:file=$gclog" \
        python3 bench/measure.py --gc-log "$gclog" -- \
        bin/mapchunk sample -n 1000000 --seed 1 -o "$result" "$(twin "$tool" "$file")" ;;
    seqtk-sample)
      python3 bench/measure.py --stdout "$result" -- seqtk sample -s 1 "$file" 1000000 ;;
    seqtk-sample-2)
      python3 bench/measure.py --stdout "$result" -- seqtk sample -2 -s 1 "$file" 1000000 ;;
    mapchunk-p1|mapchunk-p2)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- \
        bin/mapchunk count -p "${tool#mapchunk-p}" --format json -o "$result" "$file" \
        | python3 -c 'import json,sys; m=json.loads(sys.stdin.read()); r=json.load(open(sys.argv[1]))["run"] if m["exit"]==0 else {}; m["job_s"]=r.get("job_seconds"); print(json.dumps(m))' "$result" ;;
    mapchunk-bgzf-p2)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- \
        bin/mapchunk count -p 2 --format json -o "$result" "$file.gz" \
        | python3 -c 'import json,sys; m=json.loads(sys.stdin.read()); r=json.load(open(sys.argv[1]))["run"] if m["exit"]==0 else {}; m["job_s"]=r.get("job_seconds"); print(json.dumps(m))' "$result" ;;
    seqkit-bgzf)
      python3 bench/measure.py -- seqkit fx2tab -j 2 -n -l -g -C A -C C -C G -C T -C N "$file.gz" ;;
    mapchunk-index-bgzf)
      # the .gzi bgzip wrote is beside the file, so the block table is read from it
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk index -o "$result" "$file.gz" ;;
    samtools-index-bgzf)
      python3 bench/measure.py -- samtools faidx --fai-idx "$result" --gzi-idx "$result.gzi" "$file.gz" ;;
    mapchunk-sample-bgzf)
      # FASTA rows, so that the bases are inflated and read as samtools reads them
      # shellcheck disable=SC2086
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- \
        bin/mapchunk sample $sample_args --format fasta -o "$result" "$file.gz" ;;
    samtools-faidx-r-bgzf)
      python3 bench/measure.py -- samtools faidx "$file.gz" -r "$file.regions" ;;
    mapchunk-2bit-p2)
      local twin="${file%.fa}.2bit" generated="${file#"$data/human"}"
      if [[ ! -s "$twin" ]]; then
        if [[ "$file" != "$data"/human*g.fa ]]; then # only generated genomes have a twin
          log "no .2bit twin of $file"
          echo '{"wall_s": 0, "exit": 2, "max_rss_mb": 0, "rss_anon_mb": 0, "rss_file_mb": 0}'
          return
        fi
        log "generating $twin"
        bin/mapchunk generate --size "${generated%.fa}" --format 2bit -o "$twin" >&2
      fi
      cat "$twin" > /dev/null
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- \
        bin/mapchunk count -p 2 --format json -o "$result" "$twin" \
        | python3 -c 'import json,sys; m=json.loads(sys.stdin.read()); r=json.load(open(sys.argv[1]))["run"] if m["exit"]==0 else {}; m["job_s"]=r.get("job_seconds"); print(json.dumps(m))' "$result" ;;
    mapchunk-facount-p2)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk count -p 2 -o "$result" "$file" ;;
    mapchunk-report)
      # one pass: counts, dinucleotides and GC windows (the .fai beside the file is used)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk report -o "$result" "$file" ;;
    flink-textline-p2)
      python3 bench/measure.py --stdout "$result" --gc-log "$gclog" -- \
        "$MAPCHUNK_JAVA_BIN" -Xmx128m "-Xlog:gc,gc+heap+exit:file=$gclog" $FLINK_JVM_FLAGS -XX:+UseSerialGC \
        -Dlog4j.configurationFile="$home/conf/log4j-cli.properties" -Dmapchunk.log.file="$data/logs/baseline.log" \
        -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
        io.mapchunk.bench.TextLineBaselineJob "$file" 2 \
        | python3 -c 'import json,re,sys; m=json.loads(sys.stdin.read()); t=open(sys.argv[1]).read() if m["exit"]==0 else ""; j=re.search(r"job_seconds=([0-9.]+)", t); m["job_s"]=float(j.group(1)) if j else None; print(json.dumps(m))' "$result" ;;
    seqkit)
      python3 bench/measure.py -- seqkit fx2tab -j 2 -n -l -g -C A -C C -C G -C T -C N "$file" ;;
    seqtk)
      python3 bench/measure.py -- seqtk comp "$file" ;;
    samtools-faidx-r)
      python3 bench/measure.py -- samtools faidx "$file" -r "$file.regions" ;;
    samtools-faidx-r-2m)
      python3 bench/measure.py -- samtools faidx "$file" -r "$file.regions2m" ;;
    samtools-index)
      python3 bench/measure.py -- samtools faidx --fai-idx "$result" "$file" ;;
    mapchunk-index)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk index -o "$result" "$file" ;;
    mapchunk-sample-2m)
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- \
        bin/mapchunk sample -n 2000000 -l 100 --seed 1 -o "$result" "$file" ;;
    bedtools-random-getfasta)
      python3 bench/measure.py -- bash -c "bedtools random -l 100 -n 100000 -seed 1 -g '$file.genome' \
        | bedtools getfasta -fi '$file' -bed stdin" ;;
    mapchunk-sample)
      # shellcheck disable=SC2086
      MAPCHUNK_JAVA_OPTS="-Xmx128m -Xlog:gc,gc+heap+exit:file=$gclog" MAPCHUNK_LOG_DIR="$data/logs" \
        python3 bench/measure.py --gc-log "$gclog" -- bin/mapchunk sample $sample_args -o "$result" "$file" ;;
  esac
}

# --- the runs ----------------------------------------------------------------------------------
echo "file,size_bytes,tool,rep,wall_s,cpu_s,job_s,exit,max_rss_mb,rss_anon_mb,rss_file_mb,peak_heap_mb,cached_pct,load1" \
  > "$out/runs.csv"
{ echo "date: $(date -u)"; echo "host: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr)";
  "$MAPCHUNK_JAVA_BIN" -version 2>&1 | head -1; seqkit version; echo "seqtk $(seqtk 2>&1 | awk '/Version/ {print $2}')";
  samtools --version | head -1; bedtools --version; echo "mapchunk $(git rev-parse --short HEAD)";
  echo "reps: $reps; sizes: $sizes"; } > "$out/environment.txt"

for name in $sizes; do
  file="$(prepare "$name")" || { log "skipping $name (not available)"; continue; }
  size=$(du -Lbs "$file" | cut -f1)
  list="mapchunk-p2 seqkit samtools-faidx-r mapchunk-sample samtools-faidx-r-2m mapchunk-sample-2m"
  list="$list mapchunk-index samtools-index"
  list="$list mapchunk-bgzf-p2 seqkit-bgzf mapchunk-index-bgzf samtools-index-bgzf"
  list="$list mapchunk-sample-bgzf samtools-faidx-r-bgzf"
  [[ -n "$tools" ]] && list="$tools"
  if [[ "$name" == set* ]]; then list="${tools:-seqkit-stats mapchunk-warm-stats mapchunk-stats}"; fi
  if [[ "$name" == reads ]]; then
    list="${tools:-mapchunk-fq-stats seqkit-fq-stats seqtk-fqchk mapchunk-fq-count mapchunk-fq-sample seqtk-sample seqtk-sample-2}"
  fi
  [[ " $list" == *-fq-*-gz* || " $list" == *-fq-*-bgzf* ]] && prepare_fastq_twins "$file"
  [[ " $list" == *-warm-* ]] && start_runner
  [[ " $list" == *-bgzf* && "$name" != reads ]] && prepare_bgzf "$file"
  read -r -a order <<< "$list"
  for ((rep = 1; rep <= reps; rep++)); do
    shift_by=$(( (rep - 1) % ${#order[@]} ))
    rotated=("${order[@]:$shift_by}" "${order[@]:0:$shift_by}")
    for tool in "${rotated[@]}"; do
      cached=$(warm "$file")
      load=$(awk '{print $1}' /proc/loadavg)
      m="$(run_tool "$tool" "$file")"
      log "$name rep $rep $tool: $m (cached $cached%, load $load)"
      python3 -c 'import json,sys; m=json.loads(sys.argv[1]); print(",".join(str(x) for x in [sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], m["wall_s"], m.get("cpu_s", ""), m.get("job_s") or "", m["exit"], m["max_rss_mb"], m["rss_anon_mb"], m["rss_file_mb"], m.get("peak_heap_mb") or "", sys.argv[6], sys.argv[7]]))' \
        "$m" "$(basename "$file")" "$size" "$tool" "$rep" "$cached" "$load" >> "$out/runs.csv"
    done
  done
done
rm -f "$out/last.out" "$out/last.out.gzi" "$out/last.gc.log"
python3 bench/report.py "$out"
ln -sfn "$stamp" "$home/bench/results/latest"
log "done: $out/summary.md, $out/throughput.svg"
