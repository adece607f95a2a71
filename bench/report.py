#!/usr/bin/env python3
"""Summarises bench/run.sh results: runs.csv -> summary.md (medians, min-max) and throughput.svg
(GB/s by median wall time against file size, one line per counting tool). usage: report.py RESULT_DIR"""
import csv
import math
import statistics
import sys
from collections import defaultdict

# sampling reads 10 MB of the file whatever its size: its "GB/s" would not compare with counting
SAMPLING = {"samtools-faidx-r", "samtools-faidx-r-2m", "bedtools-random-getfasta", "mapchunk-sample",
            "mapchunk-sample-2m", "mapchunk-warm-sample", "mapchunk-warm-sample-2m",
            "samtools-faidx-r-bgzf", "mapchunk-sample-bgzf"}
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf"]


def spread(values, digits=2):
    values = [v for v in values if v is not None]
    if not values:
        return "–"
    fmt = f"{{:.{digits}f}}"
    med = fmt.format(statistics.median(values))
    return med if len(values) == 1 else f"{med} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def main(directory):
    rows = list(csv.DictReader(open(f"{directory}/runs.csv")))
    groups = defaultdict(list)
    sizes = {}
    for row in rows:
        groups[(row["file"], row["tool"])].append(row)
        sizes[row["file"]] = int(row["size_bytes"])
    files = sorted(sizes, key=sizes.get)
    lines = ["# Benchmark results", "", "Medians with (min–max) over repetitions; GB/s = file bytes /"
             " median wall (10^9 bytes). CPU s = user + system time of the process tree. Memory in MiB; heap = peak Java heap used (GC log);"
             " cached = % of the file in the page cache (fincore) before the run.", ""]
    series = defaultdict(list)
    for file in files:
        lines += [f"## {file} ({sizes[file] / 1e9:.3f} GB)", "",
                  "| tool | runs | wall s | CPU s | job s | GB/s (wall) | GB/s (job) | max RSS | RssAnon | RssFile | heap | cached % | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for (name, tool), runs in sorted(groups.items(), key=lambda item: item[0][1]):
            if name != file:
                continue
            ok = [r for r in runs if r["exit"] == "0"]
            walls = [number(r["wall_s"]) for r in ok]
            jobs = [number(r["job_s"]) for r in ok]
            gbps = sizes[file] / statistics.median(walls) / 1e9 if walls else None
            job_values = [j for j in jobs if j]
            job_gbps = sizes[file] / statistics.median(job_values) / 1e9 if job_values else None
            if gbps and tool not in SAMPLING:
                series[tool].append((sizes[file], gbps))
                if job_gbps:
                    series[tool + " (job time)"].append((sizes[file], job_gbps))
            failed = len(runs) - len(ok)
            lines.append("| " + " | ".join([
                tool, f"{len(ok)}" + (f" (+{failed} failed)" if failed else ""),
                spread(walls), spread([number(r.get("cpu_s")) for r in ok]), spread(jobs), f"{gbps:.2f}" if gbps else "–",
                f"{job_gbps:.2f}" if job_gbps else "–",
                spread([number(r["max_rss_mb"]) for r in ok], 0),
                spread([number(r["rss_anon_mb"]) for r in ok], 0),
                spread([number(r["rss_file_mb"]) for r in ok], 0),
                spread([number(r["peak_heap_mb"]) for r in ok], 0),
                spread([number(r["cached_pct"]) for r in runs], 0),
                spread([number(r["load1"]) for r in runs], 1)]) + " |")
        lines.append("")
    open(f"{directory}/summary.md", "w").write("\n".join(lines))
    open(f"{directory}/throughput.svg", "w").write(svg(series, files, sizes))


def svg(series, files, sizes):
    width, height, left, right, top, bottom = 760, 440, 70, 230, 30, 50
    xs = [sizes[f] for f in files]
    ys = [y for points in series.values() for _, y in points] or [1]
    x_min, x_max = math.log10(min(xs) / 2), math.log10(max(xs) * 2)
    y_max = max(ys) * 1.1
    def px(x):
        return left + (math.log10(x) - x_min) / (x_max - x_min) * (width - left - right)
    def py(y):
        return height - bottom - y / y_max * (height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">Counting throughput (GB/s = bytes / median time) vs file size</text>',
           f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="black"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="black"/>']
    for i in range(6):
        y = y_max * i / 5
        out.append(f'<text x="{left - 8}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.2f}</text>')
        out.append(f'<line x1="{left}" y1="{py(y):.1f}" x2="{width - right}" y2="{py(y):.1f}" stroke="#ddd"/>')
    for f in files:
        label = f"{sizes[f] / 1e9:.3g} GB" if sizes[f] >= 1e8 else f"{sizes[f] / 1e6:.3g} MB"
        out.append(f'<text x="{px(sizes[f]):.1f}" y="{height - bottom + 18}" text-anchor="middle">{label}</text>')
    out.append(f'<text x="{(left + width - right) / 2}" y="{height - 10}" text-anchor="middle">file size (log scale)</text>')
    for i, (tool, points) in enumerate(sorted(series.items())):
        color = COLORS[i % len(COLORS)]
        dash = ' stroke-dasharray="5,3"' if tool.endswith("(job time)") else ""
        points.sort()
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        for x, y in points:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>')
        ly = top + 14 + i * 18
        out.append(f'<line x1="{width - right + 12}" y1="{ly - 4}" x2="{width - right + 32}" y2="{ly - 4}" stroke="{color}" stroke-width="2"{dash}/>')
        out.append(f'<text x="{width - right + 38}" y="{ly}">{tool}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main(sys.argv[1])
