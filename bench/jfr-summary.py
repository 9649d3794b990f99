"""Summarises a JDK Flight Recorder file of the shop: CPU samples (jdk.ExecutionSample) and allocation samples
(jdk.ObjectAllocationSample, by weight), as the share of samples on whose stack each part appears anywhere (so a
part that wraps others, a filter chain or a transaction proxy, counts for all the work inside it), the threads, and
the hottest top frames. Usage: python3 bench/jfr-summary.py FILE.jfr [TOP]"""
import collections
import re
import subprocess
import sys

PARTS = [
    ("Spring transactions/AOP proxies", r"^org\.springframework\.(transaction|aop)\."),
    ("Hibernate/JPA", r"^org\.hibernate\."),
    ("Modulith registry and event multicaster", r"^org\.springframework\.modulith\."),
    ("JpaTransactionManager", r"JpaTransactionManager"),
    ("Tomcat + Spring MVC", r"^org\.apache\.(catalina|coyote|tomcat)\.|^org\.springframework\.web\."),
    ("Spring Security filter chain (wraps the request)", r"^org\.springframework\.security\."),
    ("JWT decoding (Nimbus)", r"^com\.nimbusds\.|JwtAuthenticationProvider\.authenticate"),
    ("Spring Security's header firewall", r"StrictHttpFirewall"),
    ("Micrometer observations", r"^io\.micrometer\.observation\."),
    ("Jackson", r"^tools\.jackson\.|^com\.fasterxml\.jackson\."),
    ("PostgreSQL JDBC", r"^org\.postgresql\."),
    ("Hikari pool", r"^com\.zaxxer\.hikari\."),
    ("Spring JDBC", r"^org\.springframework\.jdbc\."),
    ("RabbitMQ client + Spring AMQP", r"^com\.rabbitmq\.|^org\.springframework\.amqp\."),
    ("Gozon code", r"^com\.gozon\."),
    ("Logging", r"^ch\.qos\.logback\.|^org\.slf4j\."),
]


def events(path, name):
    out = subprocess.run(["jfr", "print", "--stack-depth", "96", "--events", name, path],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split(name + " {")[1:]:
        frames = re.findall(r"^\s{4}([\w$.<>/]+)\(", block, re.M)
        weight = re.search(r"weight = ([\d.]+) (\w+)", block)
        amount = 1.0
        if weight:
            factor = {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}.get(weight.group(2), 1)
            amount = float(weight.group(1)) * factor
        thread = re.search(r'sampledThread = "([^"]*)"|eventThread = "([^"]*)"', block)
        yield frames, amount, (thread.group(1) or thread.group(2)) if thread else "?"


def summarise(path, name, title, top):
    total = 0.0
    on_stack = collections.Counter()
    top_frames = collections.Counter()
    threads = collections.Counter()
    for frames, amount, thread in events(path, name):
        if not frames:
            continue
        total += amount
        threads[re.sub(r"[-#]?\d+$", "-N", thread)] += amount
        top_frames[frames[0]] += amount
        for part, pattern in PARTS:
            if any(re.search(pattern, frame) for frame in frames):
                on_stack[part] += amount
    print(f"\n{title}: {path}")
    if not total:
        print("  (no samples)")
        return
    print("  share of samples with the part anywhere on the stack:")
    for part, amount in on_stack.most_common():
        print(f"    {100 * amount / total:5.1f} %  {part}")
    print("  threads:")
    for thread, amount in threads.most_common(8):
        print(f"    {100 * amount / total:5.1f} %  {thread}")
    print(f"  top frames ({top}):")
    for frame, amount in top_frames.most_common(top):
        print(f"    {100 * amount / total:5.1f} %  {frame}")


if __name__ == "__main__":
    file, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
    summarise(file, "jdk.ExecutionSample", "CPU samples", top)
    summarise(file, "jdk.ObjectAllocationSample", "Allocation (sampled bytes)", top)
