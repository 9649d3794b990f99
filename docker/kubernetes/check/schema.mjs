// Validates rendered manifests against the Kubernetes API's schemas (kubernetes-models) and KEDA's
// (@kubernetes-models/keda); the kinds of RabbitMQ's and CloudNativePG's operators have no such package and are
// checked by manifests.py. Usage: node schema.mjs rendered.yaml...
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const packages = { "": "kubernetes-models", "keda.sh": "@kubernetes-models/keda" };
const unchecked = new Set(["rabbitmq.com", "postgresql.cnpg.io"]);
let failures = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const object of yaml.loadAll(readFileSync(file, "utf8"))) {
    if (!object) continue;
    const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    if (unchecked.has(group)) continue;
    const pkg = packages[group] ?? (group.endsWith(".k8s.io") || !group.includes(".") ? "kubernetes-models" : null);
    if (!pkg) {
      console.error(`${name}: no schema for ${object.apiVersion}`);
      failures++;
      continue;
    }
    if (object.kind === "Secret" && object.data) {
      // kustomize folds long base64 values over lines, which the API server's decoder skips, and ajv does not
      for (const key of Object.keys(object.data)) object.data[key] = object.data[key].replace(/\s/g, "");
    }
    const path = `${pkg}/${group === "" ? "" : group + "/"}${version}/${object.kind}`;
    try {
      const module = await import(path);
      new module[object.kind](object).validate();
      checked++;
    } catch (error) {
      console.error(`${name}: ${error.message}`);
      failures++;
    }
  }
}
console.log(`schema: ${checked} objects valid, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
