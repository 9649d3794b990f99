#!/usr/bin/env python3
"""CPU of every process on the machine every 100 ms, grouped by name (each JVM by its pid), one line per sample:
   bench/cpu-by-process.py OUT_FILE SECONDS
Run beside bench/run to see which process takes the cores during a latency burst (docs/performance.md). Counts are
clock ticks (10 ms each at the usual 100 Hz) spent since the previous sample."""
import os, time, sys
out = open(sys.argv[1], 'w')
end = time.time() + float(sys.argv[2])
prev = {}
while time.time() < end:
    now = time.time()
    cur = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            s = open(f'/proc/{pid}/stat').read()
        except OSError: continue
        name = s[s.index('(')+1:s.rindex(')')]
        f = s[s.rindex(')')+2:].split()
        ticks = int(f[11]) + int(f[12])
        cur[pid] = (name, ticks)
    groups = {}
    for pid, (name, t) in cur.items():
        if pid in prev and prev[pid][0] == name:
            d = t - prev[pid][1]
            if d:
                key = name if name != 'java' else f'java:{pid}'
                groups[key] = groups.get(key, 0) + d
    prev = cur
    out.write(f"{now:.3f} " + " ".join(f"{k}={v}" for k, v in sorted(groups.items())) + "\n")
    out.flush()
    time.sleep(max(0, 0.1 - (time.time() - now)))
