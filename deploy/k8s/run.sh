#!/usr/bin/env bash
# Run a scenario, a comparison, a sensitivity analysis or an optimisation as
# a Kubernetes Indexed Job, then merge the parts:
#
#   deploy/k8s/run.sh [--shards N] [--cpus C] [--run NAME] [--timeout DURATION] [--sensitivity | --optimise | --compare] SCENARIO [sim flags...]
#
# 1. puts SCENARIO, every file named among the flags (--scenario,
#    --households-csv, --versus, --constraints) and the flags themselves in
#    the ConfigMap sim-run (at most 1 MiB in all: a Kubernetes limit; a file
#    flag's value under /data/ names a file already on the sim-data volume
#    and is passed as it is),
# 2. starts sim-shards (shards-job.yaml) with N completions (default 4), each
#    pod running its share with C worker threads and C CPUs (default 1) and
#    writing /data/NAME/parts/part-<index>.json on the sim-data volume,
# 3. waits for every index to succeed, then runs sim-merge (merge-job.yaml),
#    which writes /data/NAME/result.json from part-0 … part-(N-1): the same
#    bytes as an unsharded run.
# NAME defaults to the date and time. A NAME used before may still hold that
# run's files: the shard pods delete its result.json, each index overwrites
# its part, and the merge reads only this run's N parts and deletes the
# earlier run's others (a run of more shards), so a NAME can be reused.
# Each wait (the shards, then the merge) gives up after DURATION (default
# 24h; whole numbers with h, m or s, as kubectl writes durations: 30m, 2h,
# 1h30m), names the Job, shows its pods (a pod the scheduler cannot place,
# e.g. for more CPUs than any node has, stays Pending) and exits 1.
# With --compare, SCENARIO is the comparison's baseline and each other
# scenario is a --scenario FILE among the flags (`sim compare`; the merge is
# `sim compare-merge`); --sensitivity (give --method and --outcome) and
# --optimise (give --objective) run `sim sensitivity` and `sim optimise`, as
# deploy/slurm/submit.sh does.
#
# Needs kubectl pointed at the cluster and the image poverty-sim:latest where
# the cluster can pull it (see Dockerfile).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=4
cpus=1
run=run-$(date -u +%Y%m%d-%H%M%S)
timeout=24h
command=
usage() { echo "usage: $0 [--shards N] [--cpus C] [--run NAME] [--timeout DURATION] [--sensitivity | --optimise | --compare] SCENARIO [sim flags...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --shards) shards=${2:?}; shift 2 ;;
    --cpus) cpus=${2:?}; shift 2 ;;
    --run) run=${2:?}; shift 2 ;;
    --timeout) timeout=${2:?}; shift 2 ;;
    --sensitivity | --optimise | --compare) command=${1#--}; shift ;;
    --help) usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --shards must be a whole number ≥ 1, got $shards" >&2; exit 2; }
[[ $cpus =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --cpus must be a whole number ≥ 1, got $cpus" >&2; exit 2; }
# The name is a folder on the volume and goes into a shell line in the pods.
[[ $run =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || { echo "run.sh: --run must be letters, digits, '.', '_' or '-', got $run" >&2; exit 2; }
# kubectl's durations (Go's), in whole numbers of hours, minutes and seconds.
source "$here/../lib/duration.sh"
limit=$(duration_seconds "$timeout") || { echo "run.sh: --timeout must be a duration such as 90s, 30m, 2h or 1h30m, got $timeout" >&2; exit 2; }
[ -f "$1" ] || { echo "run.sh: no scenario file $1" >&2; exit 2; }

# What the ConfigMap holds: the files, each under its own name (mounted at /config/NAME in the pods, which
# run in /config), and the flags, one argument a line, each file flag's value replaced by the file's name
# there. A household file's name goes into the result (its data's id), so a name is kept if it can be: a
# name Kubernetes refuses as a key has other characters replaced by '_', and one already taken gets a
# prefix, file-K-; either is said.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
from=(--from-file="scenario.json=$1")
taken=" scenario.json args command run shards threads "
files=0
put() { # put FILE: add FILE to the ConfigMap, under the key it leaves in $key.
  local name
  name=$(basename "$1")
  key=$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')
  case $taken in *" $key "*) key=file-$files-$key ;; esac
  case $key in .*) key=file-$files-$key ;; esac
  [ "$key" = "$name" ] || echo "run.sh: $1 goes to the pods as $key" >&2
  files=$((files + 1))
  taken="$taken$key "
  from+=(--from-file="$key=$1")
}
shift
: > "$stage/args"
while [ $# -gt 0 ]; do
  case $1 in
    --households-csv | --versus | --constraints | --scenario)
      [ $# -ge 2 ] || { echo "run.sh: $1 needs a file" >&2; exit 2; }
      # A file already on the sim-data volume (too large for the ConfigMap) is passed as it is.
      case $2 in /data/*) printf '%s\n%s\n' "$1" "$2" >> "$stage/args"; shift 2; continue ;; esac
      [ -f "$2" ] || { echo "run.sh: $1: no file $2" >&2; exit 2; }
      put "$2"
      printf '%s\n%s\n' "$1" "$key" >> "$stage/args"; shift 2 ;;
    --households-csv=* | --versus=* | --constraints=* | --scenario=*)
      f=${1#*=}
      case $f in /data/*) printf '%s\n' "$1" >> "$stage/args"; shift; continue ;; esac
      [ -f "$f" ] || { echo "run.sh: ${1%%=*}: no file $f" >&2; exit 2; }
      put "$f"
      printf '%s=%s\n' "${1%%=*}" "$key" >> "$stage/args"; shift ;;
    --out | --out=* | --threads | --threads=* | --shard | --shard=* | --shard-count | --shard-count=*)
      echo "run.sh: ${1%%=*} is set by run.sh (--shards, --cpus; the result goes to /data/NAME/result.json)" >&2; exit 2 ;;
    *$'\n'*) echo "run.sh: an argument with a line break cannot be passed to the pods" >&2; exit 2 ;;
    *) printf '%s\n' "$1" >> "$stage/args"; shift ;;
  esac
done
printf '%s' "$command" > "$stage/command"
printf '%s' "$run" > "$stage/run"
printf '%s' "$shards" > "$stage/shards"
printf '%s' "$cpus" > "$stage/threads"
for key in args command run shards threads; do from+=(--from-file="$key=$stage/$key"); done

# A ConfigMap holds at most 1 MiB (etcd's limit on an object); leave room for its own fields.
bytes=0
for f in "${from[@]}"; do f=${f#--from-file=}; bytes=$((bytes + $(wc -c < "${f#*=}"))); done
if [ "$bytes" -gt 1000000 ]; then
  echo "run.sh: the scenario files and flags come to $bytes bytes; a ConfigMap holds at most 1 MiB." >&2
  echo "  A large household file can go on the sim-data volume instead: copy it there and pass --households-csv /data/FILE" >&2
  echo "  (a file flag's value under /data/ is passed to the pods as it is)." >&2
  exit 2
fi

kubectl apply -f "$here/volume.yaml"
# A Job's pod template cannot be changed, so an earlier run's Jobs go first, and before the ConfigMap they read: a pod
# of theirs started again in between would run with this run's settings. Their pods go with them (foreground).
kubectl delete job sim-shards sim-merge --ignore-not-found --cascade=foreground
# Applied on the server: a client-side apply copies the whole object into an annotation, which may hold only 256 KiB,
# so that a ConfigMap above that (a household file of 300 kB) was refused ("metadata.annotations: Too long").
kubectl create configmap sim-run "${from[@]}" --dry-run=client -o yaml | kubectl apply -f - --server-side --force-conflicts
kubectl patch --local -f "$here/shards-job.yaml" --type=json -o yaml -p "[
  {\"op\": \"replace\", \"path\": \"/spec/completions\", \"value\": $shards},
  {\"op\": \"replace\", \"path\": \"/spec/parallelism\", \"value\": $shards},
  {\"op\": \"replace\", \"path\": \"/spec/template/spec/containers/0/resources/requests/cpu\", \"value\": \"$cpus\"}
]" | kubectl apply -f -
echo "shards: job sim-shards, $shards pods -> /data/$run/parts/ on the sim-data volume"
# Wait for the Job's Complete condition (every index succeeded) or Failed (backoff limit spent), for at most --timeout.
# (Not `kubectl wait`: it waits for one condition, and a Failed Job would then be seen only at the timeout.)
until_done() {
  local job=$1 conditions deadline=$((SECONDS + limit)) left
  while :; do
    conditions=" $(kubectl get job "$job" -o jsonpath='{.status.conditions[?(@.status=="True")].type}') "
    case $conditions in
      *" Complete "*) return 0 ;;
      *" Failed "*)
        echo "run.sh: $job failed; the end of its pods' logs (all of them: kubectl logs -l job-name=$job):" >&2
        kubectl logs -l "job-name=$job" --prefix --tail=20 >&2 || true
        return 1 ;;
    esac
    left=$((deadline - SECONDS))
    if [ "$left" -le 0 ]; then timed_out "$job"; return 1; fi
    sleep $((left < 5 ? left : 5))
  done
}
# Say which Job did not finish and why its pods have not (Pending with the scheduler's reason, an image that cannot be
# pulled…), one line a pod, the first 10.
timed_out() {
  local job=$1
  echo "run.sh: $job did not finish within $timeout (--timeout); its pods (all: kubectl get pods -l job-name=$job; events: kubectl describe pod NAME):" >&2
  { kubectl get pods -l "job-name=$job" -o jsonpath='{range .items[*]}{"  "}{.metadata.name}{" "}{.status.phase}{range .status.conditions[?(@.status=="False")]}{", "}{.reason}{": "}{.message}{end}{range .status.containerStatuses[?(@.state.waiting)]}{", "}{.state.waiting.reason}{end}{"\n"}{end}' || true; } | head -n 10 >&2
  if [ "$job" = sim-shards ]; then
    echo "Nothing was merged. The Job is left as it is: delete it (and its pods) with kubectl delete job sim-shards," >&2
  else
    echo "The merge may still finish (/data/$run/result.json once kubectl get job sim-merge says Complete); delete it with kubectl delete job sim-merge," >&2
  fi
  echo "or run run.sh again (it deletes an earlier run's Jobs first) with a longer --timeout, or fewer --cpus if no node can hold a pod." >&2
}
until_done sim-shards
kubectl apply -f "$here/merge-job.yaml"
until_done sim-merge || exit 1
kubectl logs job/sim-merge
echo "result: /data/$run/result.json on the sim-data volume"
