"""The fault run: two shop instances on this machine's PostgreSQL and RabbitMQ, a paced load of orders and top-ups
through both, faults injected while the load runs, then the money checked from the database, the broker and the API.
With --cluster, the broker is a three-node RabbitMQ cluster of bench/rabbit-cluster instead, and the faults are its
nodes' (a node and its disk lost, the others stopped in turn) and a shop instance's.

Run it with bench/fault-run (which builds the jar and holds the lock); docs/reliability.md explains what it does, what
each figure means and how to read a failure. Standard library only: python3 is all it needs besides the shop's own
tools (java, openssl, psql, pg_ctlcluster, rabbitmqctl).
"""

import argparse
import collections
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from decimal import Decimal

DATABASE = "gozon_faults"     # --database, --vhost
VHOST = "gozon-faults"
BROKER_ADDRESSES = None       # --cluster: the addresses of the cluster's nodes, all of which every instance lists
PORTS = {"a": 5201, "b": 5202}
PGBOUNCER_PORT = 6433        # --pgbouncer: the instances reach PostgreSQL through it ...
PGBOUNCER_SERVER_POOL = 10   # ... whose server connections, fewer than the instances' 2 x 20, serve both in turn
ISSUER = "https://fault-run.gozon.invalid"
PARKING_QUEUES = ("orders.payment-results.parked", "payments.payment-requests.parked")
CONSUMED_QUEUES = ("payments.payment-requests", "orders.payment-results")
CLUSTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rabbit-cluster")
RETRY_FOR = 90.0           # a client retries a request with the same key this long before calling it unknown
KILL_RECOVERY_LIMIT = 15.0  # after kill -9, every order placed before it is final this soon (issue 9, 3)
NODE_RECOVERY_LIMIT = 60.0  # after a broker node is gone (killed, stopped), the orders before are final this soon
NODE_DOWN_FOR = 10.0        # a killed or stopped node stays away this long before it comes back
STALLED_FOR = 20.0          # nothing stuck in the outbox, no order turning final this long: the NEW ones are stranded
TERMINATE_FOR = 10.0        # pg-terminate-in-batch polls at most this long ...
TERMINATE_ROUNDS = 3        # ... or until each consumer lost its connection inside a batch in this many polls
TERMINATE_POLL = 0.01
TERMINATE_BURST = 6         # threads placing orders back to back while it polls: more batches, longer ones
FAILOVER_FLOW_LIMIT = 30.0  # after a failover, new orders acknowledged this soon after the promote (issue 20, 5)


class Postgres:
    """Where the run's database is: the machine's PostgreSQL, or (--failover) the primary of the run's own pair
    (bench/pg-failover), which changes at each failover. The checks read the primary directly, and so do the
    migrations (`flyway_url`); the shop reads and writes through the instances' database URL."""
    port = 5432
    flyway_url = "jdbc:postgresql://localhost:5432/" + DATABASE
    pair = None  # the directory of the pair (--failover)

# The backends of the run's database that are inside a consumer's batch transaction (issue 16), terminated, and how
# many per consumer. The consumer is told by the last statement, which only a consumer runs and which names its
# schema: the inbox insert, the payment's lookup or insert, the order's status update. (The inbox purge deletes.)
TERMINATE_IN_BATCH = (
    "with victims as materialized ("
    " select pid, case when query ilike '%%payments.%%' then 'payments' else 'orders' end as consumer"
    " from pg_stat_activity"
    " where datname = '%s' and pid <> pg_backend_pid() and xact_start is not null"
    " and state in ('active', 'idle in transaction') and query not ilike 'delete%%'"
    " and (query ilike '%%inbox_message%%' or query ilike '%%payments.payment %%'"
    " or query ilike 'update orders.orders %%'))"
    " select consumer, count(*) from victims where pg_terminate_backend(pid) group by consumer;")


def log(message):
    print(time.strftime("%H:%M:%S ") + message, flush=True)


# ---------------------------------------------------------------------------------------------------------- tools

def psql(sql, database=None, check=True):
    result = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(Postgres.port), "-U", "postgres",
                             "-d", database or DATABASE, "-v", "ON_ERROR_STOP=1", "-tAqc", sql],
                            capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise RuntimeError("psql failed: " + result.stderr.strip())
    return result.stdout.strip() if result.returncode == 0 else None


def rows(sql):
    out = psql(sql)
    return [line.split("|") for line in out.splitlines()] if out else []


class Session:
    """One psql kept open, for statements in quick succession (a new psql costs a process and a connection)."""

    END = "-- end of answer --"

    def __init__(self):
        self.process = subprocess.Popen(["psql", "-h", "127.0.0.1", "-p", str(Postgres.port), "-U", "postgres", "-d",
                                         DATABASE, "-XtAq"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, bufsize=1)

    def rows(self, sql):
        self.process.stdin.write(sql.rstrip().rstrip(";") + ";\n\\echo '" + self.END + "'\n")
        self.process.stdin.flush()
        lines = []
        for line in self.process.stdout:
            line = line.rstrip("\n")
            if line == self.END:
                return [line.split("|") for line in lines if line]
            if "ERROR:" in line or "FATAL:" in line:
                raise RuntimeError("psql failed: " + line)
            lines.append(line)
        raise RuntimeError("psql ended with %s" % self.process.wait())

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def rabbitmqctl(*args, check=True):
    """rabbitmqctl on the machine's broker, or with --cluster on the first node of the cluster that answers."""
    command = [CLUSTER, "ctl", "any", *args] if BROKER_ADDRESSES else ["rabbitmqctl", "-q", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise RuntimeError("rabbitmqctl %s failed: %s" % (" ".join(args), result.stderr.strip()))
    return result.stdout


def cluster(*args):
    """bench/rabbit-cluster with these arguments (--cluster); its output."""
    result = subprocess.run([CLUSTER, *args], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError("bench/rabbit-cluster %s failed: %s" % (" ".join(args), result.stderr.strip()))
    return result.stdout.strip()


def pg_cluster():
    return sorted(os.listdir("/etc/postgresql"))[0]


# ----------------------------------------------------------------------------------------------------- instances

class PgBouncer:
    """Debian's PgBouncer in transaction mode between the instances and PostgreSQL (--pgbouncer; docs/deployment.md),
    with its configuration and log in the run's folder."""

    def __init__(self, workdir):
        self.folder = os.path.abspath(os.path.join(workdir, "pgbouncer"))
        os.makedirs(self.folder, exist_ok=True)
        with open(os.path.join(self.folder, "users.txt"), "w") as users:
            users.write('"postgres" "postgres"\n')
        with open(os.path.join(self.folder, "pgbouncer.ini"), "w") as ini:
            ini.write("\n".join([
                "[databases]", "* = host=127.0.0.1 port=5432",
                "[pgbouncer]", "listen_addr = 127.0.0.1", "listen_port = %d" % PGBOUNCER_PORT, "unix_socket_dir =",
                "auth_type = trust", "auth_file = " + os.path.join(self.folder, "users.txt"),
                "pool_mode = transaction", "default_pool_size = %d" % PGBOUNCER_SERVER_POOL, "max_client_conn = 200",
                # PgJDBC sends it at start-up; PgBouncer passes on only the parameters it tracks
                "ignore_startup_parameters = extra_float_digits", ""]))
        self.log = open(os.path.join(self.folder, "pgbouncer.log"), "w")
        # PgBouncer refuses to run as root, which the run is
        self.process = subprocess.Popen(["pgbouncer", "-u", "postgres", os.path.join(self.folder, "pgbouncer.ini")],
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 10
        while not self.listening():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("PgBouncer did not start; see %s/pgbouncer.log" % self.folder)
            time.sleep(0.2)

    @staticmethod
    def listening():
        try:
            socket.create_connection(("127.0.0.1", PGBOUNCER_PORT), timeout=1).close()
            return True
        except OSError:
            return False

    def jdbc_url(self):
        # PgBouncer 1.18 keeps no server-side prepared statement of a client's: PgJDBC must not make any
        return "jdbc:postgresql://127.0.0.1:%d/%s?prepareThreshold=0" % (PGBOUNCER_PORT, DATABASE)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Instance:
    def __init__(self, name, jar, workdir, env, database_url, settings=()):
        self.name, self.jar, self.workdir, self.env, self.settings = name, jar, workdir, env, list(settings)
        self.database_url = database_url
        self.port = PORTS[name]
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        logfile = open(os.path.join(self.workdir, "instance-%s-%d.log" % (self.name, self.starts)), "w")
        self.process = subprocess.Popen(
            ["java", "-Xmx512m", "-jar", self.jar,
             "--server.port=%d" % self.port,
             "--spring.datasource.url=" + self.database_url,
             # the migrations straight to PostgreSQL: Flyway's search_path is a session setting (ADR 0026)
             "--spring.flyway.url=" + Postgres.flyway_url,
             "--spring.rabbitmq.virtual-host=" + VHOST,
             "--spring.rabbitmq.username=gozon", "--spring.rabbitmq.password=gozon",
             # the name its publications are claimed by (ADR 0014), so that the run can see what it holds in flight
             "--gozon.outbox.instance-id=" + self.instance_id(),
             # the load comes from one address with 100 users: the run tests money, not the rate limit
             "--gozon.rate-limit.enabled=false", *self.settings],
            stdout=logfile, stderr=subprocess.STDOUT, env=self.env, start_new_session=True)

    def instance_id(self):
        return "fault-run-%s-%d" % (self.name, self.starts)

    def in_flight(self):
        """Publications this instance holds and has not completed, or None while the database cannot say."""
        out = psql("select count(*) from outbox.event_publication where completion_date is null and claimed_by = '%s'"
                   % self.instance_id(), check=False)
        return int(out) if out not in (None, "") else None

    def await_up(self, timeout=300):  # a start took 3 min and more on the 2 shared cores (load average 35)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("instance %s exited with %s; see its log in %s"
                                   % (self.name, self.process.returncode, self.workdir))
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/actuator/health")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError("instance %s did not come up within %d s" % (self.name, timeout))

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def kill_term(self):
        """kill -TERM: the graceful shutdown an orchestrator asks for (server.shutdown=graceful)."""
        os.kill(self.process.pid, signal.SIGTERM)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


# ---------------------------------------------------------------------------------------------------------- client

class Client:
    """A demanding client: every POST carries an Idempotency-Key, and whatever does not give a definite answer
    (no connection, a timeout, 409 still running, 5xx) is retried with the same key, on either instance, until it
    does or RETRY_FOR has passed: then its outcome is unknown."""

    def __init__(self, instances):
        self.instances = instances
        self.local = threading.local()

    def _connection(self, port):
        connections = getattr(self.local, "connections", None)
        if connections is None:
            connections = self.local.connections = {}
        if port not in connections:
            connections[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
        return connections[port]

    def _drop(self, port):
        connection = self.local.connections.pop(port, None)
        if connection:
            connection.close()

    def request(self, method, path, token, body=None, key=None, first=None):
        """(status, json or None, attempts) of the first definite answer, or (None, None, attempts): unknown. The
        first attempt goes to instance `first` if given; the retries alternate."""
        headers = {"Authorization": "Bearer " + token}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if key is not None:
            headers["Idempotency-Key"] = key
        deadline = time.monotonic() + RETRY_FOR
        attempt, pause = 0, 0.1
        while True:
            start = hash(key or path) if first is None else first
            port = self.instances[(attempt + start) % len(self.instances)].port
            attempt += 1
            status, payload = None, None
            try:
                connection = self._connection(port)
                connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
                response = connection.getresponse()
                raw = response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    self._drop(port)
                payload = json.loads(raw) if raw else None
            except (OSError, http.client.HTTPException, ValueError):
                self._drop(port)
            if status is not None and (status < 500 and status not in (408, 409, 429)
                                       or (status == 409 and key is None)):
                return status, payload, attempt
            if status == 409 and payload and "already" in str(payload.get("detail", "")).lower():
                return status, payload, attempt
            if time.monotonic() > deadline:
                return None, None, attempt
            time.sleep(pause)
            pause = min(pause * 2, 2.0)


# ------------------------------------------------------------------------------------------------------------ load

class Ledger:
    """What the clients know: every answer they got, and every request whose outcome they could not learn."""

    def __init__(self):
        self.lock = threading.Lock()
        self.orders = {}             # order id -> (user, amount, key), acknowledged with 201
        self.order_acks = []         # (time it was acknowledged, time its first attempt started)
        self.unknown_orders = []     # (user, amount, key)
        self.top_ups = {}            # key -> (user, amount), acknowledged with 200
        self.unknown_top_ups = {}    # key -> (user, amount)
        self.unexpected = []         # definite answers a valid request should never get
        self.retried = 0


def open_accounts(client, users, tokens, opening, ledger):
    for user in users:
        status, body, _ = client.request("POST", "/api/payments/accounts", tokens[user], {}, key=str(uuid.uuid4()))
        if status != 201:
            raise RuntimeError("opening the account of %s answered %s %s" % (user, status, body))
        key = "opening-" + str(uuid.uuid4())
        status, body, _ = client.request("POST", "/api/payments/accounts/%s/top-up" % user, tokens[user],
                                         {"amount": float(opening)}, key=key)
        if status != 200:
            raise RuntimeError("the opening top-up of %s answered %s %s" % (user, status, body))
        ledger.top_ups[key] = (user, opening)


def money(rng, low, high):
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def place_order(client, ledger, rng, users, tokens, first=None):
    user = rng.choice(users)
    amount = money(rng, 1, 30)
    key = str(uuid.uuid4())
    started = time.time()
    status, body, attempts = client.request("POST", "/api/orders", tokens[user], {"amount": float(amount)}, key=key,
                                            first=first)
    with ledger.lock:
        ledger.retried += attempts > 1
        if status == 201:
            ledger.orders[body["orderId"]] = (user, amount, key)
            ledger.order_acks.append((time.time(), started))
        elif status is None:
            ledger.unknown_orders.append((user, amount, key))
        else:
            ledger.unexpected.append("POST /api/orders answered %s: %s" % (status, body))


def top_up(client, ledger, rng, users, tokens):
    user = rng.choice(users)
    amount = money(rng, 20, 200)
    key = "top-up-" + str(uuid.uuid4())
    status, body, attempts = client.request("POST", "/api/payments/accounts/%s/top-up" % user, tokens[user],
                                            {"amount": float(amount)}, key=key)
    with ledger.lock:
        ledger.retried += attempts > 1
        if status == 200:
            ledger.top_ups[key] = (user, amount)
        elif status is None:
            ledger.unknown_top_ups[key] = (user, amount)
        else:
            ledger.unexpected.append("POST top-up answered %s: %s" % (status, body))


def run_load(client, ledger, users, tokens, rate, minimum_orders, faults_done, workers=24):
    """Paced (open loop) at `rate` requests a second, one in ten a top-up, until at least `minimum_orders` orders
    were placed and the faults are over."""
    jobs = collections.deque()
    condition = threading.Condition()
    stop = threading.Event()
    placed = [0]

    def worker(seed):
        rng = random.Random(seed)
        while True:
            with condition:
                while not jobs and not stop.is_set():
                    condition.wait(0.5)
                if not jobs and stop.is_set():
                    return
                job = jobs.popleft()
            job(client, ledger, rng, users, tokens)

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    started, sent, last_report = time.monotonic(), 0, time.monotonic()
    while not (placed[0] >= minimum_orders and faults_done.is_set()):
        due = int((time.monotonic() - started) * rate)
        with condition:
            while sent < due:
                if sent % 10 == 9:
                    jobs.append(top_up)
                else:
                    jobs.append(place_order)
                    placed[0] += 1
                sent += 1
            condition.notify_all()
        if time.monotonic() - last_report > 15:
            last_report = time.monotonic()
            with ledger.lock:
                log("load: %d orders sent, %d acknowledged, %d queued in the client, %d retried"
                    % (placed[0], len(ledger.orders), len(jobs), ledger.retried))
        time.sleep(0.01)
    stop.set()
    with condition:
        condition.notify_all()
    for thread in threads:
        thread.join()
    return placed[0], sent - placed[0]


# ---------------------------------------------------------------------------------------------------------- faults

def new_before(moment, stranded=()):
    """Orders created before `moment` (epoch seconds) and still NEW, but for those known to be `stranded`, or None
    while the database cannot say."""
    out = psql("select count(*) from orders.orders where status = 'NEW' and created_at < to_timestamp(%f)%s"
               % (moment, "".join(" and id <> '%s'" % order_id for order_id in stranded)), check=False)
    return int(out) if out not in (None, "") else None


def incomplete_publications(older_than=0):
    """Publications not completed, of those older than `older_than` seconds; None while the database cannot say."""
    out = psql("select count(*) from outbox.event_publication where completion_date is null"
               " and publication_date < now() - interval '%f seconds'" % older_than, check=False)
    return int(out) if out not in (None, "") else None


class Stall:
    """Sees orders stranded: NEW while the outbox flows (nothing in it older than 5 s) and no order turned final for
    STALLED_FOR s; their message was parked, or lost, and no wait will change them (issue 16)."""

    def __init__(self):
        self.last, self.since = None, time.monotonic()

    def stranded(self, new):
        stuck = incomplete_publications(older_than=5) if new else None
        if new != self.last or stuck != 0:
            self.last, self.since = new, time.monotonic()
        return time.monotonic() - self.since > STALLED_FOR


def await_final_before(moment, stranded, timeout=120):
    """Seconds from `moment` until every order created before it is final, but for those already known to be
    stranded (a set, to which this adds the ones it finds); None after the timeout, or sooner when the orders left NEW
    are stranded."""
    deadline, stall = time.time() + timeout, Stall()
    while time.time() < deadline:
        new = new_before(moment, stranded)
        if new == 0:
            return time.time() - moment
        if stall.stranded(new):
            found = {row[0] for row in rows("select id from orders.orders where status = 'NEW'"
                                            " and created_at < to_timestamp(%f)" % moment)}
            log("%d orders created before the fault ended are stranded: NEW, nothing stuck in the outbox; later faults"
                " leave them out of their recovery" % len(found - stranded))
            stranded |= found
            return None
        time.sleep(0.25)
    return None


def queue_depth(queue):
    """Messages in `queue` (ready and unacknowledged), as the broker counts them; 0 while it cannot say."""
    for line in rabbitmqctl("list_queues", "-p", VHOST, "name", "messages", check=False).splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == queue and parts[1].isdigit():
            return int(parts[1])
    return 0


def api_back_after(ledger, moment):
    """Seconds from `moment` until an order whose first attempt started after it was acknowledged."""
    with ledger.lock:
        times = [acked for acked, started in ledger.order_acks if started >= moment]
    return min(times) - moment if times else None


class Faults:
    def __init__(self, instances, schedule, ledger, client, users, tokens):
        self.instances, self.schedule, self.ledger = instances, schedule, ledger
        self.client, self.users, self.tokens = client, users, tokens
        self.results = []
        self.stranded = set()  # orders that a fault left NEW for good; the recovery of the next ones leaves them out
        self.node_lost = None  # the broker node that lost its disk (--cluster) ...
        self.nodes_stopped = []  # ... and the others, stopped in turn
        self.known_before = set()  # the stranded orders known when a watch began (_watch)
        self.done = threading.Event()
        self.error = None

    def run(self):
        try:
            time.sleep(10)  # the load settles first
            for name in self.schedule:
                self._settle()
                getattr(self, name.replace("-", "_"))()
                time.sleep(5)
        except Exception as e:  # reported with the results, never swallowed
            self.error = e
        finally:
            self.done.set()

    def _settle(self, timeout=60):
        """Waits until the shop keeps up (no order placed more than 5 s ago is still NEW, but for the stranded ones),
        so that a fault's recovery is not that of a backlog from before it (the instances' first minute, say)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and new_before(time.time() - 5, self.stranded) != 0:
            time.sleep(0.5)

    def _record(self, name, began, action, restored, extra=None, final=...):
        """Recovered: every order placed before the fault ended (the ones placed during it included) is final.
        Measured from the fault's beginning, as an operator who saw it begin would. `final` if it was measured while
        the fault went on (a broker node's, which ends when the node is gone, not when it is back)."""
        known = set(self.stranded) if final is ... else self.known_before
        if final is ...:
            final = await_final_before(restored, self.stranded)
        final = None if final is None else final + (restored - began)
        result = {"fault": name, "action": action, "final": final, "began": began, "restored": restored - began,
                  "stranded": self.stranded - known}
        result.update(extra or {})
        self.results.append(result)
        log("fault %d, %s: %s; every order placed before it ended final %s after it began"
            % (len(self.results), name, action, seconds(final)))
        return result

    def pg_restart(self):
        began = time.time()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", pg_cluster(), "main", "restart"], check=True,
                       capture_output=True)
        restored = time.time()
        self._record("pg-restart", began, "PostgreSQL restarted in %.1f s" % (restored - began), restored)

    def connections_closed(self):
        began = time.time()
        rabbitmqctl("close_all_connections", "--vhost", VHOST, "--limit", "1000", "fault run")
        self._record("broker-connections-closed", began, "every AMQP connection of the shop closed", time.time())

    def broker_stop_start(self):
        began = time.time()
        rabbitmqctl("stop_app")
        time.sleep(10)
        rabbitmqctl("start_app")
        restored = time.time()
        self._record("broker-stop-start", began, "RabbitMQ stopped for 10 s, back after %.1f s" % (restored - began),
                     restored)

    def pg_terminate_in_batch(self):
        """A connection lost while a consumer holds a batch inside its transaction (issue 16), which a PostgreSQL
        restart rarely hits: every TERMINATE_POLL s, pg_terminate_backend on each backend inside a consumer's batch
        (TERMINATE_IN_BATCH), until both consumers lost one in TERMINATE_ROUNDS polls or TERMINATE_FOR s passed.
        Meanwhile a burst of orders keeps both consumers busy with batches."""
        stop = threading.Event()
        burst = [threading.Thread(target=self._orders_until, args=(stop, seed), daemon=True)
                 for seed in range(TERMINATE_BURST)]
        for thread in burst:
            thread.start()
        terminated, rounds = collections.Counter(), collections.Counter()
        session = Session()
        try:
            time.sleep(0.5)  # the burst reaches the consumers
            began = time.time()
            deadline = time.monotonic() + TERMINATE_FOR
            while time.monotonic() < deadline and min(rounds["payments"], rounds["orders"]) < TERMINATE_ROUNDS:
                for consumer, count in session.rows(TERMINATE_IN_BATCH % DATABASE):
                    terminated[consumer] += int(count)
                    rounds[consumer] += 1
                time.sleep(TERMINATE_POLL)
            restored = time.time()
        finally:
            session.close()
            stop.set()
        for thread in burst:
            thread.join()
        log("pg-terminate-in-batch: %.1f s of polling; backends terminated in %d polls (payments) and %d (orders)"
            % (restored - began, rounds["payments"], rounds["orders"]))
        self._record("pg-terminate-in-batch", began,
                     "terminated in a batch: payments %d, orders %d" % (terminated["payments"], terminated["orders"]),
                     restored, {"terminated": dict(terminated), "polled": restored - began})

    def _orders_until(self, stop, seed):
        rng = random.Random(1000 + seed)
        while not stop.is_set():
            place_order(self.client, self.ledger, rng, self.users, self.tokens, first=seed % 2)

    def rabbit_leader_disk_lost(self):
        """kill -9 of the broker node that leads the consumed queues (quorum) or holds them (classic), its data
        directory deleted while it is away (the disk is lost), and the node back empty: forgotten by the cluster,
        started, joined again, its quorum replicas grown back (bench/rabbit-cluster). The kill comes while the queue
        holds messages: a burst of orders, and the kill as soon as the broker counts some in it (ready or unacked).
        Meanwhile the orders placed before the kill are watched: on the two other nodes the shop should finish them
        long before the node is back."""
        leaders = {queue: cluster("leader", queue, VHOST) for queue in CONSUMED_QUEUES}
        node = self.node_lost = leaders[CONSUMED_QUEUES[0]]
        burst = [threading.Thread(target=self._burst, args=(seed % 2, seed), daemon=True) for seed in range(12)]
        for thread in burst:
            thread.start()
        queued, deadline = 0, time.monotonic() + 20
        while time.monotonic() < deadline and not queued:
            queued = queue_depth(CONSUMED_QUEUES[0])
        began = time.time()
        cluster("kill", node)
        watcher = self._watch(began)
        time.sleep(NODE_DOWN_FOR)
        cluster("lose-disk", node)
        cluster("rejoin", node)
        back = time.time() - began
        final = watcher()
        for thread in burst:
            thread.join()
        log("rabbit-leader-disk-lost: %s; %d messages in %s at the kill; node c%s back, empty, %.1f s after the kill"
            % (", ".join("%s led by c%s" % item for item in leaders.items()), queued, CONSUMED_QUEUES[0], node,
               back))
        self._record("rabbit-leader-disk-lost", began,
                     "c%s, %d queued: kill -9, disk lost, back %.0f s" % (node, queued, back), began,
                     {"limit": NODE_RECOVERY_LIMIT}, final)

    def _watch(self, moment):
        """Starts waiting, in the background, until every order placed before `moment` is final; returns the function
        that waits for the outcome (as await_final_before's)."""
        self.known_before = set(self.stranded)
        outcome = {}
        watcher = threading.Thread(daemon=True, target=lambda: outcome.update(
            final=await_final_before(moment, self.stranded)))
        watcher.start()

        def result():
            watcher.join()
            return outcome.get("final")
        return result

    def rabbit_node_stop_start(self):
        """A broker node stopped (rabbitmqctl stop) for NODE_DOWN_FOR s and started again with its data: one of the
        two that did not lose their disk, the other one at the next call."""
        node = next(n for n in ("1", "2", "3") if n != self.node_lost and n not in self.nodes_stopped)
        self.nodes_stopped.append(node)
        leads = any(cluster("leader", queue, VHOST) == node for queue in CONSUMED_QUEUES)
        began = time.time()
        watcher = self._watch(began)
        cluster("halt", node)
        time.sleep(NODE_DOWN_FOR)
        cluster("boot", node)
        back = time.time() - began
        self._record("rabbit-node-stop-start", began,
                     "c%s%s stopped, back in %.0f s" % (node, " (a leader)" if leads else "", back), began,
                     {"limit": NODE_RECOVERY_LIMIT}, watcher())

    def _kill(self, victim, how="kill-9"):
        """kill -9 (or kill -TERM) while the victim holds publications in flight: a burst of orders goes to it, and
        the kill comes as soon as the database shows some of them claimed by it and not completed."""
        survivor = next(instance for instance in self.instances if instance is not victim)
        first = self.instances.index(victim)
        burst = [threading.Thread(target=self._burst, args=(first, seed), daemon=True) for seed in range(12)]
        for thread in burst:
            thread.start()
        in_flight, deadline = 0, time.monotonic() + 20
        while time.monotonic() < deadline and not in_flight:
            in_flight = victim.in_flight() or 0
        began = time.time()
        victim.kill9() if how == "kill-9" else victim.kill_term()
        result = self._record("%s-%s" % (how, victim.name), began, "%s of %s holding %d in flight; %s alone"
                              % ({"kill-9": "kill -9", "kill-term": "kill -TERM"}[how], victim.name, in_flight,
                                 survivor.name),
                              began, {"limit": KILL_RECOVERY_LIMIT})
        for thread in burst:
            thread.join()
        victim.start()
        victim.await_up(timeout=300)  # on a busy machine, a restart under load took more than 180 s
        log("instance %s restarted, up %.1f s after the kill" % (victim.name, time.time() - began))
        return result

    def _burst(self, first, seed):
        rng = random.Random(seed)
        for _ in range(5):
            place_order(self.client, self.ledger, rng, self.users, self.tokens, first=first)

    def kill_9_b(self):
        self._kill(self.instances[1])

    def kill_9_a(self):
        self._kill(self.instances[0])

    def kill_term_a(self):
        self._kill(self.instances[0], "kill-term")

    def kill_term_b(self):
        self._kill(self.instances[1], "kill-term")

    def pg_failover(self):
        """The primary stopped with -m immediate, the synchronous standby promoted and the pooler pointed at it, as an
        operator (or Patroni) does (bench/pg-failover); once the orders placed before are final, the old primary
        rejoins as the new one's synchronous standby."""
        began = time.time()
        stopped, promoted, repointed, port = pg_failover("failover").split()
        Postgres.port = int(port)
        restored = time.time()
        gone = began + float(stopped)
        result = self._record("pg-failover", began, "primary stopped, %s promoted in %s s" % (port, promoted),
                              restored, {"gone": gone, "promoted": gone + float(promoted)})
        log("pg-failover: primary stopped (-m immediate) in %s s, standby promoted in %s s, the pooler pointed at it"
            " in %s s" % (stopped, promoted, repointed))
        log("pg-failover: the old primary rejoined as the synchronous standby in %s s" % pg_failover("rejoin"))
        return result


# -------------------------------------------------------------------------------------------------------- failover

FAILOVER_SCHEDULE = ["pg-failover", "kill-term-a", "pg-failover", "kill-9-b"]
FAILOVER_SCHEDULE_SHORT = ["pg-failover", "kill-term-a", "kill-9-b"]
# the shop reaches the primary through PgBouncer in transaction pooling (no server-side prepared statements there),
# or itself, with a multi-host URL that only takes a primary (docs/deployment.md)
FAILOVER_URLS = {
    "pooler": "jdbc:postgresql://127.0.0.1:6442/%s?prepareThreshold=0" % DATABASE,
    "multi-host": "jdbc:postgresql://127.0.0.1:5442,127.0.0.1:5443/%s?targetServerType=primary&hostRecheckSeconds=2"
                  % DATABASE,
}


def pg_failover(command):
    """bench/pg-failover COMMAND on the run's pair; what it printed."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pg-failover")
    result = subprocess.run([script, command, Postgres.pair], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError("bench/pg-failover %s failed: %s" % (command, (result.stderr or result.stdout).strip()))
    return result.stdout.strip()


def start_failover_pair(workdir):
    """The run's own primary, synchronous standby and PgBouncer instead of the machine's PostgreSQL; the migrations
    go to whichever node is the primary when an instance starts."""
    Postgres.pair = os.path.join(os.path.abspath(workdir), "pg")
    log(pg_failover("start"))
    Postgres.port = int(pg_failover("primary"))
    Postgres.flyway_url = FAILOVER_URLS["multi-host"]


def failover_flow(results, ledger):
    """(fault, seconds from the promote until an order placed after the primary was gone was acknowledged) of each
    failover, and what is too slow."""
    flows, slow = [], []
    for r in results:
        if "promoted" in r:
            back = api_back_after(ledger, r["gone"])
            flow = None if back is None else back + r["gone"] - r["promoted"]
            flows.append((r["fault"], flow))
            if flow is None or flow > FAILOVER_FLOW_LIMIT:
                slow.append("after %s, new orders were acknowledged %s, the limit is %.0f s"
                            % (r["fault"], since_promote(flow), FAILOVER_FLOW_LIMIT))
    return flows, slow


def since_promote(flow):
    return "%.1f s after the promote" % flow if flow is not None else "NOT within the wait"


def settled_later(result):
    """What became of the orders a fault stranded: how many are final and when the last of them turned final (the net
    of ADR 0024 asks again for an order still NEW gozon.orders.payment-rerequest-after after its request), or None if
    it stranded none."""
    if not result["stranded"]:
        return None
    ids = ", ".join("'%s'" % order_id for order_id in result["stranded"])
    new, last = rows("select count(*) filter (where status = 'NEW'), extract(epoch from max(updated_at)"
                     " filter (where status <> 'NEW')) from orders.orders where id in (%s)" % ids)[0]
    final = len(result["stranded"]) - int(new)
    return "%d orders stranded by %s: %d final (the last %s after the fault began), %s still NEW" % (
        len(result["stranded"]), result["fault"], final,
        "%.1f s" % (float(last) - result["began"]) if last else "-", new)


def seconds(value):
    return "after %.1f s" % value if value is not None else "NOT within the wait"


# ---------------------------------------------------------------------------------------------------------- checks

def await_quiet(timeout):
    """Waits until no order is NEW and the outbox holds nothing incomplete; seconds it took, or None (after the
    timeout, or sooner when the orders left NEW are stranded)."""
    started, stall = time.time(), Stall()
    while time.time() - started < timeout:
        new = psql("select count(*) from orders.orders where status = 'NEW'", check=False)
        new = int(new) if new not in (None, "") else None
        if new == 0 and incomplete_publications() == 0:
            return time.time() - started
        if new and stall.stranded(new):
            log("%d orders stranded: NEW, nothing stuck in the outbox" % new)
            return None
        time.sleep(0.5)
    return None


def plant_violations(ledger):
    """For proving the checks (--plant): after the drain, one of each fault the run must catch, written behind the
    shop's back: an acknowledged order lost, an order doubled, a top-up applied twice."""
    order_ids = sorted(ledger.orders)
    lost, copied = order_ids[0], order_ids[1]
    psql("delete from orders.orders where id = '%s'" % lost)
    psql("insert into orders.orders select gen_random_uuid(), user_id, amount, description, status, failure_reason,"
         " created_at, updated_at from orders.orders where id = '%s'" % copied)
    key, (user, amount) = next(iter(ledger.top_ups.items()))
    psql("begin;"
         " insert into payments.ledger_entry (user_id, sequence, kind, amount, balance_after, top_up_key, created_at)"
         " select user_id, ledger_sequence + 1, 'TOP_UP', %s, balance + %s, '%s', now() from payments.account"
         " where user_id = '%s';"
         " update payments.account set balance = balance + %s, ledger_sequence = ledger_sequence + 1"
         " where user_id = '%s';"
         " commit;" % (amount, amount, key, user, amount, user))
    log("planted: order %s deleted, order %s copied, top-up %s applied a second time" % (lost, copied, key))


def check(ledger, tokens, instances):
    """(lost, doubled, breaks, parked, stranded): the first three lists of what is wrong; parked the messages in each
    parking queue; stranded the orders issue 16 left behind (NEW after the drain, debited but not PAID, PAID without a
    debit) with what is wrong with each, which is among the breaks too."""
    lost, doubled, breaks, stranded = [], [], [], collections.defaultdict(list)

    db_orders = {row[0]: (row[1], Decimal(row[2]), row[3]) for row in
                 rows("select id, user_id, amount, status from orders.orders")}

    # every acknowledged order exists, with its user and amount, and is final
    for order_id, (user, amount, _) in ledger.orders.items():
        found = db_orders.get(order_id)
        if found is None:
            lost.append("acknowledged order %s is not in the database" % order_id)
        elif found[0] != user or found[1] != amount:
            breaks.append("order %s is stored as %s %s, was placed as %s %s" % (order_id, *found[:2], user, amount))
        elif found[2] == "NEW":
            lost.append("acknowledged order %s is still NEW" % order_id)

    # an order nobody acknowledged must be the effect of a request whose outcome its client could not learn, and
    # each such request made at most one: the key's stored answer names it
    unexplained = set(db_orders) - set(ledger.orders)
    if unexplained:
        stored = {}
        for caller, key, location in rows("select caller, idempotency_key, coalesce(location, '') from "
                                          "outbox.idempotency_key where location like '/api/orders/%'"):
            stored[(caller, key)] = location.rsplit("/", 1)[-1]
        explained = {stored.get(("user:" + user, key)) for user, _, key in ledger.unknown_orders}
        for order_id in unexplained - explained:
            doubled.append("order %s was never placed by an acknowledged or unknown request (a double)" % order_id)
    for order_id in set(db_orders):
        if db_orders[order_id][2] == "NEW":
            stranded[order_id].append("order %s is still NEW after the drain" % order_id)

    # exactly one payment per order, none without an order, the same amount, PAID <=> succeeded
    payments = rows("select order_id, amount, outcome, coalesce(decline_reason, '') from payments.payment")
    per_order = collections.Counter(row[0] for row in payments)
    for order_id, count in per_order.items():
        if count > 1:
            doubled.append("order %s has %d payments" % (order_id, count))
    for order_id, amount, outcome, _ in payments:
        order = db_orders.get(order_id)
        if order is None:
            breaks.append("payment for order %s, which does not exist" % order_id)
            continue
        if Decimal(amount) != order[1]:
            breaks.append("payment of %s for order %s of %s" % (amount, order_id, order[1]))
        if (order[2] == "PAID") != (outcome == "SUCCEEDED"):
            breaks.append("order %s is %s but its payment %s" % (order_id, order[2], outcome))
    for order_id, order in db_orders.items():
        if order[2] != "NEW" and per_order[order_id] == 0:
            breaks.append("order %s is %s without a payment" % (order_id, order[2]))

    # the ledger: one debit per paid order, each top-up key at most once, each top-up from a request of the clients
    debits = collections.Counter(row[0] for row in rows(
        "select order_id from payments.ledger_entry where kind = 'DEBIT'"))
    for order_id, count in debits.items():
        if count > 1:
            doubled.append("order %s debited %d times" % (order_id, count))
        elif db_orders.get(order_id, (None, None, None))[2] != "PAID":
            stranded[order_id].append("debit for order %s, which is not PAID" % order_id)
    for order_id, order in db_orders.items():
        if order[2] == "PAID" and debits[order_id] == 0:
            stranded[order_id].append("order %s is PAID without a debit in the ledger" % order_id)
    entries = rows("select user_id, top_up_key, amount from payments.ledger_entry where kind = 'TOP_UP'")
    keys = collections.Counter(row[1] for row in entries)
    for key, count in keys.items():
        if count > 1:
            doubled.append("top-up %s applied %d times" % (key, count))
    applied = {}
    for user, key, amount in entries:
        request = ledger.top_ups.get(key) or ledger.unknown_top_ups.get(key)
        if request is None:
            breaks.append("top-up entry %s of %s with a key no client used" % (key, user))
        elif request[0] != user or request[1] != Decimal(amount):
            breaks.append("top-up %s is %s %s in the ledger, was %s %s" % (key, user, amount, *request))
        applied[key] = (user, Decimal(amount))
    for key, (user, amount) in ledger.top_ups.items():
        if key not in applied:
            lost.append("acknowledged top-up %s of %s to %s is not in the ledger" % (key, amount, user))

    # balances: never negative; the sum of the ledger; opening (0) + top-ups - paid orders, as the clients know them
    paid = collections.defaultdict(Decimal)
    for user, amount, status in db_orders.values():
        if status == "PAID":
            paid[user] += amount
    acknowledged_top_ups = collections.defaultdict(Decimal)
    for user, amount in ledger.top_ups.values():
        acknowledged_top_ups[user] += amount
    unknown_top_ups = collections.defaultdict(Decimal)
    for user, amount in ledger.unknown_top_ups.values():
        unknown_top_ups[user] += amount
    for user, balance, ledger_sum in rows(
            "select a.user_id, a.balance, coalesce(sum(e.amount), 0) from payments.account a"
            " left join payments.ledger_entry e on e.user_id = a.user_id group by a.user_id, a.balance"):
        balance, ledger_sum = Decimal(balance), Decimal(ledger_sum)
        if balance < 0:
            breaks.append("account %s has a negative balance %s" % (user, balance))
        if balance != ledger_sum:
            breaks.append("account %s: balance %s, ledger sum %s" % (user, balance, ledger_sum))
        low = acknowledged_top_ups[user] - paid[user]
        high = low + unknown_top_ups[user]
        if not low <= balance <= high:
            breaks.append("account %s: balance %s outside opening + acknowledged top-ups - paid orders = %s .. %s"
                          % (user, balance, low, high))

    # the API says the same as the database (a sample of users)
    client = Client(instances)
    for user in list(tokens)[:10]:
        status, body, _ = client.request("GET", "/api/payments/accounts/" + user, tokens[user])
        expected = psql("select balance from payments.account where user_id = '%s'" % user)
        if status != 200 or not body or Decimal(str(body["balance"])) != Decimal(expected):
            breaks.append("the API shows %s's balance as %s, the database %s" % (user, body, expected))

    # no message parked, nothing left in the outbox
    parked = dict.fromkeys(PARKING_QUEUES, 0)
    for line in rabbitmqctl("list_queues", "-p", VHOST, "name", "messages").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in PARKING_QUEUES:
            parked[parts[0]] = int(parts[1])
    for queue, count in parked.items():
        if count:
            breaks.append("%d messages parked in %s" % (count, queue))
    incomplete = psql("select count(*) from outbox.event_publication where completion_date is null")
    if incomplete != "0":
        breaks.append("%s publications still incomplete in the outbox" % incomplete)

    breaks += [problem for problems in stranded.values() for problem in problems]
    return lost, doubled, breaks, parked, stranded


def parked_reasons(instances, token):
    """(queue, message id, reason) of each parked message, as /actuator/parked shows them (the reason is the header
    x-exception-message, which rabbitmqctl cannot show); None if no instance answered."""
    for instance in instances:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", instance.port, timeout=15)
            connection.request("GET", "/actuator/parked", headers={"Authorization": "Bearer " + token})
            response = connection.getresponse()
            body = response.read()
            if response.status == 200:
                return [(queue, message.get("messageId"), message.get("reason"))
                        for queue, messages in sorted(json.loads(body).items()) for message in messages]
            log("GET /actuator/parked on %s answered %s" % (instance.name, response.status))
        except (OSError, http.client.HTTPException, ValueError) as e:
            log("GET /actuator/parked on %s failed: %s" % (instance.name, e))
    return None


# ------------------------------------------------------------------------------------------------------------ main

def main():
    global DATABASE, VHOST, BROKER_ADDRESSES
    # a stopped run stops its instances too (the finally below)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--keys", required=True, help="a directory with issuer.pem and issuer.pub")
    parser.add_argument("--mint-token", required=True, help="the path of bin/mint-token")
    parser.add_argument("--orders", type=int, default=10000, help="at least this many orders (default 10000)")
    parser.add_argument("--rate", type=float, default=40, help="requests a second, one in ten a top-up")
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--short", action="store_true", help="every fault once (CI)")
    parser.add_argument("--failover", nargs="?", const="pooler", choices=sorted(FAILOVER_URLS),
                        help="on a primary and a synchronous standby of the run's own (bench/pg-failover), the shop"
                             " behind PgBouncer (pooler, the default) or on a multi-host URL: failovers and kill -TERM"
                             " and kill -9 of the instances")
    parser.add_argument("--cluster", action="store_true",
                        help="the broker is the three nodes of bench/rabbit-cluster, the faults are its nodes' and a"
                             " shop instance's")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--vhost", default=VHOST)
    parser.add_argument("--queue-type", choices=("quorum", "classic"),
                        help="gozon.inbox.queue-type of the instances (default: the shop's)")
    parser.add_argument("--rerequest-after",
                        help="gozon.orders.payment-rerequest-after of the instances, the net (default: the shop's)")
    parser.add_argument("--plant", action="store_true",
                        help="plant a lost order, a doubled order and a doubled top-up before the checks, which must"
                             " then fail the run: the checks' own proof")
    parser.add_argument("--pgbouncer", action="store_true",
                        help="the instances reach PostgreSQL through PgBouncer in transaction mode, which the run"
                             " starts on :%d" % PGBOUNCER_PORT)
    args = parser.parse_args()
    DATABASE, VHOST = args.database, args.vhost
    Postgres.flyway_url = "jdbc:postgresql://localhost:5432/" + DATABASE

    settings = []
    if args.cluster:
        BROKER_ADDRESSES = cluster("addresses")
        settings.append("--spring.rabbitmq.addresses=" + BROKER_ADDRESSES)
    if args.queue_type:
        settings.append("--gozon.inbox.queue-type=" + args.queue_type)
    if args.rerequest_after:
        settings.append("--gozon.orders.payment-rerequest-after=" + args.rerequest_after)

    if args.cluster:
        schedule = ["rabbit-leader-disk-lost", "rabbit-node-stop-start", "rabbit-node-stop-start", "kill-9-b"]
    elif args.short:
        schedule = ["pg-restart", "pg-terminate-in-batch", "connections-closed", "broker-stop-start",
                    "pg-terminate-in-batch", "kill-9-b"]
    else:
        schedule = ["pg-restart", "pg-terminate-in-batch", "connections-closed", "broker-stop-start",
                    "pg-terminate-in-batch", "kill-9-b", "pg-restart", "connections-closed", "pg-terminate-in-batch",
                    "kill-9-a"]

    if args.failover:
        schedule = FAILOVER_SCHEDULE_SHORT if args.short else FAILOVER_SCHEDULE

    env = dict(os.environ,
               SPRING_DATASOURCE_USERNAME="postgres", SPRING_DATASOURCE_PASSWORD="postgres",
               SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION="file:" + args.keys + "/issuer.pub",
               GOZON_SECURITY_TOKEN_ISSUER=ISSUER)
    pgbouncer = PgBouncer(args.workdir) if args.pgbouncer else None
    database_url = pgbouncer.jdbc_url() if pgbouncer else "jdbc:postgresql://localhost:5432/" + DATABASE
    if args.failover:
        database_url = FAILOVER_URLS[args.failover]
    instances = [Instance(name, args.jar, args.workdir, env, database_url, settings) for name in ("a", "b")]
    try:
        if pgbouncer:
            log("the instances reach PostgreSQL through PgBouncer in transaction mode on :%d, %d server connections"
                % (PGBOUNCER_PORT, PGBOUNCER_SERVER_POOL))
        if args.failover:
            start_failover_pair(args.workdir)
            log("the shop connects with %s, its migrations with %s" % (database_url, Postgres.flyway_url))
        log("starting instance a on :%d, then b on :%d (database %s, virtual host %s%s)%s"
            % (PORTS["a"], PORTS["b"], DATABASE, VHOST, " on " + BROKER_ADDRESSES if BROKER_ADDRESSES else "",
               "".join(" " + setting for setting in settings[1 if BROKER_ADDRESSES else 0:])))
        for instance in instances:
            instance.start()
            instance.await_up()
        users = [str(uuid.uuid4()) for _ in range(args.users)]
        tokens = {user: subprocess.run([args.mint_token, args.keys + "/issuer.pem", ISSUER, user, "7200"],
                                       capture_output=True, text=True, check=True).stdout.strip() for user in users}
        ledger = Ledger()
        client = Client(instances)
        open_accounts(client, users, tokens, Decimal("1000.00"), ledger)
        log("%d users with an account and an opening top-up of 1000.00; load at %.0f requests/s, faults: %s"
            % (len(users), args.rate, ", ".join(schedule)))

        faults = Faults(instances, schedule, ledger, client, users, tokens)
        injector = threading.Thread(target=faults.run, daemon=True)
        load_started = time.time()
        injector.start()
        placed, top_ups = run_load(client, ledger, users, tokens, args.rate, args.orders, faults.done)
        load_seconds = time.time() - load_started
        log("load over: %d orders and %d top-ups sent in %.0f s" % (placed, top_ups, load_seconds))
        if faults.error:
            raise faults.error

        drained = await_quiet(180)
        log("every order final and the outbox empty %s after the load" % seconds(drained))
        if args.plant:
            plant_violations(ledger)
        lost, doubled, breaks, parked, stranded = check(ledger, tokens, instances)
        reasons = None
        if any(parked.values()):
            operator = subprocess.run([args.mint_token, args.keys + "/issuer.pem", ISSUER, str(uuid.uuid4()), "600",
                                       "gozon.operations"], capture_output=True, text=True, check=True).stdout.strip()
            reasons = parked_reasons(instances, operator)
        breaks = ledger.unexpected + breaks
        if drained is None:
            breaks.append("the shop did not settle every order and empty its outbox within 180 s of the load"
                          " (or gave up sooner: its NEW orders were stranded)")
        slow = [r for r in faults.results if "limit" in r and (r["final"] is None or r["final"] > r["limit"])]
        for result in slow:
            breaks.append("after %s, the orders placed before it were final %s, the limit is %.0f s"
                          % (result["fault"], seconds(result["final"]), result["limit"]))
        flows, slow_flows = failover_flow(faults.results, ledger)
        breaks += slow_flows

        print()
        print("fault                       what happened                                   all orders placed up to its"
              " end final   new orders acknowledged")
        for r in faults.results:
            api = api_back_after(ledger, r["began"])
            print("%-27s %-47s %-39s %s" % (r["fault"], r["action"][:47], seconds(r["final"]), seconds(api)))
        for fault, flow in flows:
            print("%s: new orders acknowledged %s" % (fault, since_promote(flow)))
        for r in faults.results:
            later = settled_later(r)
            if later:
                print(later)
        print()
        print("requests: %d orders acknowledged, %d top-ups acknowledged, %d retried with their key, unknown outcome:"
              " %d orders, %d top-ups" % (len(ledger.orders), len(ledger.top_ups), ledger.retried,
                                         len(ledger.unknown_orders), len(ledger.unknown_top_ups)))
        statuses = dict(rows("select status, count(*) from orders.orders group by status"))
        print("orders in the database: %s" % ", ".join("%s %s" % item for item in sorted(statuses.items())))
        for title, problems in (("LOST", lost), ("DOUBLED", doubled), ("INVARIANT BROKEN", breaks)):
            for problem in problems[:20]:
                print("%s: %s" % (title, problem))
            if len(problems) > 20:
                print("%s: ... and %d more" % (title, len(problems) - 20))
        if reasons is None and any(parked.values()):
            print("PARKED: the reasons could not be read from /actuator/parked")
        for queue, message_id, reason in (reasons or [])[:20]:
            print("PARKED in %s: message %s: %s" % (queue, message_id, reason))
        if reasons and len(reasons) > 20:
            print("PARKED: ... and %d more; all of them by reason:" % (len(reasons) - 20))
            for reason, count in collections.Counter(reason for _, _, reason in reasons).most_common():
                print("PARKED %d times: %s" % (count, reason))
        print()
        print("parked per queue: %s" % ", ".join("%s %d" % (queue, count) for queue, count in parked.items()))
        print("parked %d, stranded %d" % (sum(parked.values()), len(stranded)))
        print("%d orders, %d faults, lost %d, doubled %d, invariant breaks %d"
              % (len(ledger.orders), len(faults.results), len(lost), len(doubled), len(breaks)))
        return 0 if not (lost or doubled or breaks) and len(faults.results) == len(schedule) else 1
    finally:
        for instance in instances:
            instance.stop()
        if pgbouncer:
            pgbouncer.stop()
        if Postgres.pair:
            pg_failover("stop")


if __name__ == "__main__":
    sys.exit(main())
