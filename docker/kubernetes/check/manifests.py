"""What the rendered Kubernetes manifests must say (ADR 0027, docs/deployment.md "Kubernetes"), beyond their schemas.

Usage: python3 manifests.py OVERLAY=rendered.yaml...   (OVERLAY is shop or split)
Prints one line per overlay and exits non-zero with every broken rule listed.
"""
import sys

import yaml

PASSWORD_LIKE = ("PASSWORD", "SECRET", "TOKEN", "CREDENTIAL")


def check(overlay, objects):
    problems = []
    by_kind = {}
    for item in objects:
        by_kind.setdefault(item["kind"], []).append(item)

    def fail(message):
        problems.append(f"{overlay}: {message}")

    deployments = by_kind.get("Deployment", [])
    expected = {"shop": {"gozon"}, "split": {"gozon-gateway", "gozon-orders", "gozon-payments"}}[overlay]
    if {d["metadata"]["name"] for d in deployments} != expected:
        fail(f"Deployments {sorted(d['metadata']['name'] for d in deployments)}, expected {sorted(expected)}")
    secrets = {s["metadata"]["name"]: s for s in by_kind.get("Secret", [])}
    pooler = next(iter(by_kind.get("Pooler", [])), None)

    for deployment in deployments:
        name = deployment["metadata"]["name"]
        pod = deployment["spec"]["template"]["spec"]
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        if pod.get("terminationGracePeriodSeconds", 30) < 67:
            fail(f"{name}: terminationGracePeriodSeconds below the preStop and the shutdown phases")
        for container in pod["containers"]:
            where = f"{name}/{container['name']}"
            probe_path = lambda probe: (container.get(probe) or {}).get("httpGet", {}).get("path")
            if probe_path("livenessProbe") != "/livez":
                fail(f"{where}: liveness must be /livez (the process alone), not {probe_path('livenessProbe')}")
            if probe_path("readinessProbe") != "/readyz":
                fail(f"{where}: readiness must be /readyz, not {probe_path('readinessProbe')}")
            if not container.get("startupProbe"):
                fail(f"{where}: no startupProbe")
            if not (container.get("lifecycle") or {}).get("preStop"):
                fail(f"{where}: no preStop")
            resources = container.get("resources") or {}
            for need in ("requests.cpu", "requests.memory", "limits.memory"):
                section, key = need.split(".")
                if key not in (resources.get(section) or {}):
                    fail(f"{where}: no resources.{need}")
            for variable in container.get("env", []):
                secret_like = any(word in variable["name"] for word in PASSWORD_LIKE)
                if "value" in variable and (secret_like or "CHANGE-ME" in str(variable["value"])):
                    fail(f"{where}: {variable['name']} inlined; it belongs in a Secret")
                reference = (variable.get("valueFrom") or {}).get("secretKeyRef")
                if reference and reference["name"] not in secrets:
                    fail(f"{where}: {variable['name']} names the missing Secret {reference['name']}")
                if variable["name"] == "SPRING_DATASOURCE_URL":
                    url = variable.get("value", "")
                    if "prepareThreshold=0" not in url:
                        fail(f"{where}: the JDBC URL behind PgBouncer needs prepareThreshold=0")
                    if pooler is None or f"//{pooler['metadata']['name']}:" not in url:
                        fail(f"{where}: the JDBC URL does not name the Pooler")
        budgets = [b for b in by_kind.get("PodDisruptionBudget", [])
                   if all(labels.get(k) == v for k, v in b["spec"]["selector"]["matchLabels"].items())]
        if len(budgets) != 1:
            fail(f"{name}: {len(budgets)} PodDisruptionBudgets select its pods, expected 1")

    exposed = [s for s in by_kind.get("Service", []) if s["spec"].get("type") in ("LoadBalancer", "NodePort")]
    exposed += by_kind.get("Ingress", []) + by_kind.get("HTTPRoute", [])
    entry = {"shop": "shop", "split": "gateway"}[overlay]
    if len(exposed) != 1 or exposed[0].get("spec", {}).get("selector", {}).get("app.kubernetes.io/component") != entry:
        fail(f"exactly one Service reachable from outside, selecting the {entry}: found "
             f"{[s['kind'] + ' ' + s['metadata']['name'] for s in exposed]}")

    rabbit = by_kind.get("RabbitmqCluster", [])
    if len(rabbit) != 1 or rabbit[0]["spec"].get("replicas") != 3:
        fail("one RabbitmqCluster with three replicas")
    policies = by_kind.get("Policy", [])
    if not any(p["spec"].get("applyTo") == "queues" and "payments" in p["spec"]["pattern"]
               and p["spec"]["definition"].get("dead-letter-exchange") == "gozon.parking" for p in policies):
        fail("a Policy for the shop's queues, dead-lettering into gozon.parking")
    if not any(p["spec"]["definition"].get("target-group-size") == 3 and "parked" in p["spec"]["pattern"]
               for p in policies) or not all(p["spec"]["definition"].get("target-group-size") == 3 for p in policies):
        fail("Policies that give every queue, the parking queues too, a member on each of the three nodes")
    clusters = by_kind.get("Cluster", [])
    if len(clusters) != 1 or clusters[0]["spec"].get("instances") != 3:
        fail("one CloudNativePG Cluster with three instances")
    elif (clusters[0]["spec"].get("postgresql", {}).get("synchronous") or {}).get("number", 0) < 1:
        fail("the CloudNativePG Cluster replicates synchronously to at least one standby")
    if pooler is None or pooler["spec"].get("pgbouncer", {}).get("poolMode") != "transaction":
        fail("a Pooler (PgBouncer) in transaction mode")
    if overlay == "split":
        scaled = by_kind.get("ScaledObject", [])
        if not any(s["spec"]["scaleTargetRef"]["name"] == "gozon-payments"
                   and any(t["type"] == "rabbitmq" and t["metadata"].get("queueName") == "payments.payment-requests"
                           for t in s["spec"]["triggers"]) for s in scaled):
            fail("a KEDA ScaledObject scaling gozon-payments on payments.payment-requests")
        if any(d["metadata"]["name"] == "gozon-payments" and "replicas" in d["spec"] for d in deployments):
            fail("gozon-payments sets replicas, which KEDA's autoscaler owns")
    for secret in secrets.values():
        if "stringData" in secret:
            fail(f"Secret {secret['metadata']['name']}: stringData (use the generator's env files)")
    return problems, len(objects)


def main(arguments):
    problems = []
    for argument in arguments:
        overlay, path = argument.split("=", 1)
        with open(path, encoding="utf-8") as rendered:
            found, count = check(overlay, [o for o in yaml.safe_load_all(rendered) if o])
        problems += found
        print(f"manifests {overlay}: {count} objects, {len(found)} broken rule(s)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
