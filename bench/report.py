"""Prints bench/run's table: one column per figure's median, and its spread (min - max) when there are several runs."""
import os
import statistics
import sys

scenario, smoke, paths = sys.argv[1], sys.argv[2] == "true", sys.argv[3:]
runs = []
for path in paths:
    with open(path) as lines:
        runs.append(dict(line.strip().split("=", 1) for line in lines if "=" in line))


def values(key):
    out = []
    for run in runs:
        try:
            out.append(float(run[key]))
        except (KeyError, ValueError):
            pass
    return out


def cell(key, digits=1):
    found = values(key)
    if not found:
        return "-"
    median = f"{statistics.median(found):,.{digits}f}"
    if len(found) > 1:
        median += f" ({min(found):,.{digits}f} - {max(found):,.{digits}f})"
    return median


ratio = [float(r["sat_settled_per_s"]) / float(r["pgbench_orders_per_s"]) for r in runs
         if r.get("sat_settled_per_s") and r.get("pgbench_orders_per_s")]
ratio_cell = "-" if not ratio else f"{statistics.median(ratio):.2f}" + (
    f" ({min(ratio):.2f} - {max(ratio):.2f})" if len(ratio) > 1 else "")

rows = [
    ("PostgreSQL limit, one order's minimal SQL (pgbench, 8 clients)", cell("pgbench_orders_per_s"), "orders/s"),
    ("  its PostgreSQL CPU per order (all PostgreSQL processes)", cell("pgbench_pg_cpu_ms_per_order", 2), "ms"),
    ("  its machine CPU per order (pgbench included)", cell("pgbench_machine_cpu_ms_per_order", 2), "ms"),
    ("HTTP POST /api/orders accepted (wrk, closed loop)", cell("sat_accepted_per_s"), "orders/s"),
    ("orders settled end to end (PAID/FAILED)", cell("sat_settled_per_s"), "orders/s"),
    ("  ratio to the PostgreSQL limit", ratio_cell, "target >= 0.5"),
    ("drain after the load stopped", cell("sat_drain_s"), "s"),
    ("create -> final p50, saturation", cell("sat_p50_ms"), "ms"),
    ("create -> final p99, saturation", cell("sat_p99_ms"), "ms"),
    ("open loop offered (" + os.environ.get("BENCH_OPEN_FRACTION", "0.25") + " x limit)", cell("open_offered_per_s", 0), "orders/s"),
    ("  accepted", cell("open_accepted_per_s"), "orders/s"),
    ("  create -> final p50", cell("open_p50_ms"), "ms"),
    ("  create -> final p99", cell("open_p99_ms"), "ms, target <= 50"),
    ("  HTTP p99 from the scheduled send", cell("open_http_p99_ms"), "ms"),
    ("transactions per order (xact_commit)", cell("xact_per_order", 2), "target <= 4"),
    ("WAL per order", cell("wal_kib_per_order", 2), "KiB"),
    ("JVM CPU per order", cell("cpu_ms_per_order", 2), "ms"),
    ("PostgreSQL CPU per order (all its processes)", cell("pg_cpu_ms_per_order", 2), "ms"),
    ("RabbitMQ CPU per order", cell("rabbit_cpu_ms_per_order", 2), "ms"),
    ("machine CPU per order (every process, load generator included)", cell("machine_cpu_ms_per_order", 2), "ms"),
    ("deadlocks during the saturation run (pg_stat_database)", cell("deadlocks", 0), "expected 0"),
    ("JVM CPU while idle, before the load", cell("idle_cpu_ms_per_s", 1), "ms per s"),
    ("heap in use, peak during the saturation run", cell("heap_peak_mib"), "MiB, target <= 512"),
    ("orders in the saturation run", cell("sat_orders", 0), ""),
    ("orders not PAID at the end (all runs' orders)", cell("unpaid_orders", 0), "expected 0"),
    ("payments per order", cell("payments_per_order", 3), "expected 1.000"),
]
title = f"Gozon order pipeline, scenario {scenario}, {len(runs)} run(s)" + (" (smoke: timing not meaningful)" if smoke else "")
print()
print(title)
print("-" * len(title))
width = max(len(r[0]) for r in rows)
vwidth = max(len(r[1]) for r in rows)
for name, value, unit in rows:
    print(f"{name:<{width}}  {value:>{vwidth}}  {unit}")
print("(median; min - max in brackets when repeated; times create -> final from orders.created_at/updated_at)")

bad = [r for r in runs if r.get("unpaid_orders", "0") != "0" or r.get("payments_per_order") not in ("1.000", "1")]
if bad:
    print("FAILED: some orders are not PAID, or not exactly one payment per order", file=sys.stderr)
    sys.exit(1)
