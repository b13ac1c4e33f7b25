#!/usr/bin/env bash
# Run one scenario as a Slurm job array and merge the parts:
#
#   deploy/slurm/submit.sh [--shards N] [--cpus C] [--wait [--timeout DURATION]] [--sensitivity | --optimise | --compare] SCENARIO WORKDIR [sim flags...]
#
# 1. builds the CLI bundle (.build/node/, on the filesystem the nodes share),
# 2. submits an array of N shard tasks (shard.sbatch, default N = 4, C CPUs each)
#    writing WORKDIR/parts/part-<task>.json,
# 3. submits the merge (merge.sbatch) with --dependency=afterok:<array job>, so it
#    runs only if every shard succeeded (and is cancelled if one fails), writing
#    WORKDIR/result.json — the same bytes as an unsharded run.
# Logs go to WORKDIR/logs/. With --wait it waits for the merge job and exits
# non-zero unless it completed; with --timeout (90s, 30m, 2h, 1h30m) it waits
# at most that long, then shows the jobs' states and Slurm's reasons (a job
# the cluster cannot place waits in the queue) and exits 1, leaving them
# queued. Extra flags go to every shard's `sim` (e.g.
# --replications 1000 --households 20000, or --shard-mode block); file
# arguments among them (--households-csv, --versus, --constraints,
# --scenario) may be relative to where you run this: they are made absolute
# for the tasks.
# With --sensitivity the shards split a sensitivity analysis's design points
# (`sim sensitivity`; give --method and --outcome among the flags) and the
# merge is `sim sensitivity-merge`; WORKDIR/result.json is then the
# sensitivity file. With --optimise every shard runs the optimiser's search
# whole and evaluates its share of the final replications (`sim optimise`;
# give --objective among the flags), and the merge is `sim optimise-merge`;
# WORKDIR/result.json is then the optimisation file. With --compare, SCENARIO
# is the comparison's baseline and each other scenario is a --scenario FILE
# among the flags (`sim compare`); the shards split the comparison's
# replications, the merge is `sim compare-merge`, and WORKDIR/result.json is
# the comparison file.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shards=4
cpus=1
wait=0
timeout=
export=ALL
usage() { echo "usage: $0 [--shards N] [--cpus C] [--wait [--timeout DURATION]] [--sensitivity | --optimise | --compare] SCENARIO WORKDIR [sim flags...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --shards) shards=${2:?}; shift 2 ;;
    --cpus) cpus=${2:?}; shift 2 ;;
    --wait) wait=1; shift ;;
    --timeout) timeout=${2:?}; shift 2 ;;
    --sensitivity) export=ALL,SIM_COMMAND=sensitivity,SIM_MERGE=sensitivity-merge; shift ;;
    --optimise) export=ALL,SIM_COMMAND=optimise,SIM_MERGE=optimise-merge; shift ;;
    --compare) export=ALL,SIM_COMMAND=compare,SIM_MERGE=compare-merge; shift ;;
    --help) usage ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] || usage
[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: --shards must be a whole number ≥ 1, got $shards" >&2; exit 2; }
limit=0
if [ -n "$timeout" ]; then
  [ "$wait" = 1 ] || { echo "submit.sh: --timeout limits --wait: give both" >&2; exit 2; }
  source "$here/../lib/duration.sh"
  limit=$(duration_seconds "$timeout") || { echo "submit.sh: --timeout must be a duration such as 90s, 30m, 2h or 1h30m, got $timeout" >&2; exit 2; }
fi
scenario=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -f "$scenario" ] || { echo "submit.sh: no scenario file $1" >&2; exit 2; }
mkdir -p "$2"
work=$(cd "$2" && pwd)
shift 2
if compgen -G "$work/parts/part-*.json" >/dev/null; then
  echo "submit.sh: $work/parts already holds parts of an earlier run; use a fresh WORKDIR" >&2
  exit 2
fi
mkdir -p "$work/parts" "$work/logs"

# The tasks run from the repository's root: file arguments given relative to
# here are made absolute (--households-csv, --versus, --constraints, and a
# comparison's other scenarios, --scenario).
abs() { case $1 in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;; esac; }
flags=()
while [ $# -gt 0 ]; do
  case $1 in
    --households-csv | --versus | --constraints | --scenario)
      [ $# -ge 2 ] || { echo "submit.sh: $1 needs a file" >&2; exit 2; }
      [ -f "$2" ] || { echo "submit.sh: $1: no file $2" >&2; exit 2; }
      flags+=("$1" "$(abs "$2")"); shift 2 ;;
    --households-csv=* | --versus=* | --constraints=* | --scenario=*)
      f=${1#*=}
      [ -f "$f" ] || { echo "submit.sh: ${1%%=*}: no file $f" >&2; exit 2; }
      flags+=("${1%%=*}=$(abs "$f")"); shift ;;
    *) flags+=("$1"); shift ;;
  esac
done
set -- ${flags[@]+"${flags[@]}"}

(cd "$root" && node scripts/build-node.mjs --quiet)

# --parsable prints "jobid" or "jobid;cluster".
array=$(cd "$root" && sbatch --parsable --array="0-$((shards - 1))" --cpus-per-task="$cpus" --export="$export" \
  --output="$work/logs/shard-%A_%a.log" "$here/shard.sbatch" "$scenario" "$work/parts" "$@")
array=${array%%;*}
merge=$(cd "$root" && sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --export="$export" \
  --output="$work/logs/merge-%j.log" "$here/merge.sbatch" "$work/parts" "$work/result.json")
merge=${merge%%;*}
echo "shards: array job $array, $shards tasks -> $work/parts/"
echo "merge: job $merge, after every shard succeeds -> $work/result.json"

[ "$wait" = 1 ] || exit 0
unknown=0
deadline=$((SECONDS + limit))
while :; do
  state=$(scontrol show job --oneliner "$merge" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 || true)
  case $state in
    PENDING | CONFIGURING | RUNNING | COMPLETING | SUSPENDED | REQUEUED | RESIZING) ;;
    "")
      # Forgotten by the controller (MinJobAge passed) or the controller is unreachable: the result file tells.
      if [ -f "$work/result.json" ]; then state=COMPLETED; break; fi
      unknown=$((unknown + 1))
      if [ "$unknown" -ge 30 ]; then state=UNKNOWN; break; fi
      ;;
    *) break ;;
  esac
  if [ "$limit" -gt 0 ] && [ "$SECONDS" -ge "$deadline" ]; then
    echo "submit.sh: the merge did not finish within $timeout (--timeout); the jobs (job, state, Slurm's reason):" >&2
    squeue --noheader --jobs "$array,$merge" --format '  %i %T %r' 2>/dev/null | head -n 10 >&2 || true
    echo "Nothing was cancelled: the jobs stay queued and still write $work/result.json when they run. Cancel them with scancel $array $merge" >&2
    exit 1
  fi
  sleep 1
done
echo "merge: job $merge $state"
cat "$work/logs/merge-$merge.log" 2>/dev/null || true
if [ "$state" != COMPLETED ]; then
  echo "submit.sh: the merge did not complete; the shards' logs are in $work/logs/" >&2
  exit 1
fi
