#!/usr/bin/env python3
"""Where a desk's sync thread spends its time, from a profile of clinicdesk-sync.

    CLINIC_BENCH_PERF=/tmp/perf clinicdesk-sync-bench --rows 100000   # writes /tmp/perf/R.db.perf
    python3 tests/bench/perf_breakdown.py /tmp/perf/R.db.perf

Prints the samples of each thread, then the sync thread's samples by the step of a pulled page
they fall in (the first of these found on the sample's call stack). Shares of samples, not times:
compare runs by share, the bench prints the times.
"""
import collections
import subprocess
import sys

STEPS = [
    ("PendingInserts::write", "new rows written (INSERT, the table and its indexes)"),
    ("PageSearchIndex::finish", "search index of the page (FTS5)"),
    ("WriteTransaction::commit", "commit (WAL frames written, backstop checkpoint)"),
    ("applyRow", "per-row sync work (lookups, merge, buffering)"),
    ("PulledPage", "reading or freeing pages"),
    ("OutboxPush", "push"),
]


def stacks(perf_file):
    try:
        out = subprocess.run(["perf", "script", "-i", perf_file, "-F", "comm,ip,sym"], check=True,
                             capture_output=True, text=True).stdout
    except FileNotFoundError:
        sys.exit("perf_breakdown: `perf` is not installed (Debian: linux-perf)")
    except subprocess.CalledProcessError as failed:
        sys.exit(f"perf_breakdown: perf script could not read {perf_file}: {failed.stderr.strip()}")
    thread, frames = None, []
    for line in out.splitlines():
        if not line.strip():
            if thread is not None:
                yield thread, frames
            thread, frames = None, []
        elif line.startswith("\t"):
            parts = line.strip().split(" ", 1)
            frames.append(parts[1] if len(parts) > 1 else parts[0])
        else:
            if thread is not None:
                yield thread, frames
            thread, frames = line.split()[0], []
    if thread is not None:
        yield thread, frames


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    threads = collections.Counter()
    steps = collections.Counter()
    for thread, frames in stacks(sys.argv[1]):
        threads[thread] += 1
        if thread != "clinic.sync":
            continue
        step = next((label for marker, label in STEPS if any(marker in f for f in frames)), "other")
        steps[step] += 1
    print("samples per thread:")
    for thread, n in threads.most_common():
        print(f"  {n:7d}  {thread}")
    total = sum(steps.values()) or 1
    print("sync thread (clinic.sync) by step:")
    for step, n in steps.most_common():
        print(f"  {100 * n / total:5.1f}%  {n:6d}  {step}")


if __name__ == "__main__":
    main()
