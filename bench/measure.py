#!/usr/bin/env python3
"""Runs one command and prints one JSON line: wall seconds, CPU seconds (user + system of the
command and its waited-for descendants), exit code, and memory peaks.

Memory is polled from /proc every 20 ms over the command's whole process tree: the peak of
VmHWM (resident set), and the peaks of RssAnon (heap, stacks, malloc) and RssFile (mapped and
cached file pages) of any one process. With --gc-log, the peak Java heap used is read from a
-Xlog:gc,gc+heap+exit log written by the command.

usage: measure.py [--stdout FILE] [--gc-log FILE] -- COMMAND...
"""
import json
import os
import re
import subprocess
import sys
import time


def status(pid):
    fields = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "RssAnon", "RssFile"):
                    fields[key] = int(value.split()[0])
    except OSError:
        pass
    return fields


def tree(root):
    pids = [root]
    try:
        with open(f"/proc/{root}/task/{root}/children") as f:
            for child in f.read().split():
                pids.extend(tree(int(child)))
    except OSError:
        pass
    return pids


def peak_heap_mb(path):
    """Largest heap occupancy in the log: before each collection, and at exit."""
    peak = 0.0
    units = {"K": 1 / 1024, "M": 1.0, "G": 1024.0}
    try:
        text = open(path).read()
    except OSError:
        return None
    for used, unit in re.findall(r"Pause [^\n]*?(\d+)([KMG])->\d+[KMG]\(\d+[KMG]\)", text):
        peak = max(peak, int(used) * units[unit])
    # Serial GC exit report: "def new generation total 4928K, used 2790K", "tenured ... used"
    young = re.findall(r"def new generation\s+total \d+K, used (\d+)K", text)
    old = re.findall(r"tenured generation\s+total \d+K, used (\d+)K", text)
    if young or old:
        exit_used = (int(young[-1]) if young else 0) + (int(old[-1]) if old else 0)
        peak = max(peak, exit_used / 1024)
    return round(peak, 1)


def main(argv):
    stdout_path = None
    gc_log = None
    while argv and argv[0] != "--":
        option = argv.pop(0)
        if option == "--stdout":
            stdout_path = argv.pop(0)
        elif option == "--gc-log":
            gc_log = argv.pop(0)
        else:
            sys.exit(f"measure.py: unknown option {option}")
    command = argv[1:]
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=out)
    peaks = {"VmHWM": 0, "RssAnon": 0, "RssFile": 0}
    while True:
        pid, code, usage = os.wait4(process.pid, os.WNOHANG)
        if pid != 0:
            break
        for member in tree(process.pid):
            for key, value in status(member).items():
                peaks[key] = max(peaks[key], value)
        time.sleep(0.02)
    process.returncode = os.waitstatus_to_exitcode(code)
    wall = time.monotonic() - started
    result = {"wall_s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
              "exit": process.returncode,
              "max_rss_mb": round(peaks["VmHWM"] / 1024, 1),
              "rss_anon_mb": round(peaks["RssAnon"] / 1024, 1),
              "rss_file_mb": round(peaks["RssFile"] / 1024, 1)}
    if gc_log:
        result["peak_heap_mb"] = peak_heap_mb(gc_log)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
