#!/usr/bin/env python3
"""The floor of `plan generate`'s file writes on this machine.

Writes every file of a finished batch again, into a new folder, the way `plan` writes them
(Sources/PlannerApp/Writing/AtomicFile.swift): a temporary file beside the target, the bytes,
`fsync`, `close`, `rename` over the target, then `fsync` of the folder. It runs on as many
threads as `plan` gives its writers (8), and the system calls release Python's lock, so the
time is the kernel's and the disk's: no program that writes the same files with the same
guarantee (a crash leaves the old file or the new one, whole) can be faster here. Printed:
files, seconds, the plans per second that leaves as a ceiling, and the CPU time per plan
(user + system, of this process).

    python3 Scripts/write_floor.py PLANS_FOLDER SCRATCH_FOLDER PLANS [--threads 8] [--no-fsync]
"""

import argparse
import os
import resource
import sys
import threading
import time


def files_under(root):
    """Every regular file under root, as (path relative to root, bytes), read before timing;
    without hidden files (the run history, which plan writes through SQLite)."""
    found = []
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    found.append((os.path.relpath(path, root), handle.read()))
    found.sort()
    return found


def write_atomically(path, data, flush):
    """AtomicFile.write's system calls, in its order."""
    folder = os.path.dirname(path)
    temporary = os.path.join(folder, ".%s.%d.tmp" % (os.path.basename(path), threading.get_ident()))
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        os.lstat(path)  # AtomicFile keeps a replaced file's permissions
    except FileNotFoundError:
        pass
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    if flush:
        os.fsync(fd)
    os.close(fd)
    os.rename(temporary, path)
    if flush:
        folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        os.fsync(folder_fd)
        os.close(folder_fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="a folder `plan generate --out` wrote")
    parser.add_argument("scratch", help="a new folder to write into (removed by the caller)")
    parser.add_argument("plans", type=int, help="how many plans the source folder holds")
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--no-fsync", action="store_true", help="without the flushes (not plan's guarantee)")
    options = parser.parse_args()

    files = files_under(options.source)
    if not files or options.plans <= 0:
        sys.exit("error: no files under %s" % options.source)
    folders = sorted({os.path.dirname(os.path.join(options.scratch, relative)) for relative, _ in files})
    for folder in folders:
        os.makedirs(folder, exist_ok=True)  # plan makes a plan's folder once, not per file

    queue = list(reversed(files))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                relative, data = queue.pop()
            write_atomically(os.path.join(options.scratch, relative), data, not options.no_fsync)

    usage_before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(options.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage.ru_utime - usage_before.ru_utime) + (usage.ru_stime - usage_before.ru_stime)
    system = usage.ru_stime - usage_before.ru_stime
    print(
        "%d files (%.1f per plan, %.0f KB per plan) in %.2f s: at most %.0f plans/s; "
        "CPU %.2f ms per plan (system %.2f ms)"
        % (
            len(files),
            len(files) / options.plans,
            sum(len(data) for _, data in files) / options.plans / 1024,
            seconds,
            options.plans / seconds if seconds > 0 else 0,
            cpu * 1000 / options.plans,
            system * 1000 / options.plans,
        )
    )


if __name__ == "__main__":
    main()
