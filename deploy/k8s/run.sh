#!/usr/bin/env bash
# Run a scenario as a Kubernetes Indexed Job and merge the parts:
#
#   deploy/k8s/run.sh SCENARIO
#
# Needs kubectl pointed at the cluster and the image poverty-sim:latest
# where the cluster can pull it (see Dockerfile). Shard count and overrides
# are set in shards-job.yaml (completions, parallelism, SHARD_COUNT, SIM_FLAGS).
# The result is /data/result.json on the sim-data volume.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 SCENARIO" >&2; exit 2; }

kubectl apply -f "$here/volume.yaml"
kubectl create configmap sim-scenario --from-file=scenario.json="$1" --dry-run=client -o yaml | kubectl apply -f -
# A Job's pod template cannot be changed, so an earlier run's Jobs go first.
kubectl delete job sim-shards sim-merge --ignore-not-found
kubectl apply -f "$here/shards-job.yaml"
# Wait for the Job's Complete condition (every index succeeded) or Failed (backoff limit spent).
until_done() {
  local job=$1 conditions
  while :; do
    conditions=" $(kubectl get job "$job" -o jsonpath='{.status.conditions[?(@.status=="True")].type}') "
    case $conditions in
      *" Complete "*) return 0 ;;
      *" Failed "*) echo "run.sh: $job failed; see kubectl logs -l job-name=$job" >&2; return 1 ;;
    esac
    sleep 5
  done
}
until_done sim-shards
kubectl apply -f "$here/merge-job.yaml"
until_done sim-merge || { kubectl logs job/sim-merge >&2; exit 1; }
kubectl logs job/sim-merge
