#!/usr/bin/env bash
# A throwaway single-node Slurm cluster for tests (recipe: ../shared/STACK.md).
#
#   scripts/slurm-test-cluster.sh start DIR   install slurm-wlm and munge if slurmctld is missing,
#                                             start munged, slurmctld and slurmd with everything
#                                             (config, key, state, logs, pid files) inside DIR,
#                                             and wait until the node is idle
#   scripts/slurm-test-cluster.sh stop DIR    cancel this cluster's jobs and stop its daemons by
#                                             the PIDs in DIR's pid files (never by name)
#
# Clients find the cluster through SLURM_CONF=DIR/slurm.conf (also written to
# DIR/env.sh). Must run as root: the daemons run as root (SlurmUser=root) and
# the install uses apt-get. munged gets its own key and socket in DIR, so a
# munge already running on the machine is left alone. Ports: SLURMCTLD_PORT
# and SLURMD_PORT (default 6817 and 6818).
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
mkdir -p "$2"
dir=$(cd "$2" && pwd)
conf="$dir/slurm.conf"
export SLURM_CONF="$conf"

die() { echo "slurm-test-cluster: $*" >&2; exit 1; }

# Stop the process whose PID is in $1, if it is running: TERM, then KILL after 10 s.
stop_pidfile() {
  local file=$1 pid
  [ -s "$file" ] || return 0
  pid=$(cat "$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }
    sleep 0.1
  done
  echo "slurm-test-cluster: PID $pid ($file) ignored TERM; sending KILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}

stop() {
  # Jobs first, so no job's processes outlive the daemons that watch them.
  if [ -s "$dir/slurmctld.pid" ] && kill -0 "$(cat "$dir/slurmctld.pid")" 2>/dev/null; then
    scancel --user="$(id -un)" 2>/dev/null || true
    for _ in $(seq 1 50); do
      [ -z "$(squeue --noheader --states=all 2>/dev/null | grep -Ev ' (CD|CA|F|TO|NF|OOM|PR|BF|DL) ' || true)" ] && break
      sleep 0.2
    done
  fi
  stop_pidfile "$dir/slurmd.pid"
  stop_pidfile "$dir/slurmctld.pid"
  stop_pidfile "$dir/munged.pid"
}

start() {
  # Whatever started before a failure is stopped again.
  ready=0
  trap '[ "$ready" = 1 ] || stop' EXIT
  [ "$(id -u)" -eq 0 ] || die "must run as root (the daemons run as root and slurm-wlm is installed with apt-get); running as $(id -un)"
  if ! command -v slurmctld >/dev/null; then
    echo "slurm-test-cluster: installing slurm-wlm and munge with apt-get" >&2
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y slurm-wlm munge; } >"$dir/apt.log" 2>&1 ||
      die "apt-get install -y slurm-wlm munge failed; the end of $dir/apt.log:"$'\n'"$(tail -n 20 "$dir/apt.log")"
  fi
  for tool in munged mungekey slurmctld slurmd sinfo sbatch scontrol; do
    command -v "$tool" >/dev/null || die "$tool is missing after installing slurm-wlm and munge"
  done

  local host cpus port daemon pid
  for port in "${SLURMCTLD_PORT:-6817}" "${SLURMD_PORT:-6818}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is already in use (another Slurm daemon?); stop it, or choose ports with SLURMCTLD_PORT and SLURMD_PORT"
    fi
  done
  host=$(hostname -s)
  cpus=$(nproc)
  mkdir -p "$dir/state" "$dir/spool"
  # Searchable by everyone: munged warns when its socket's directory is not.
  chmod 755 "$dir"

  [ -s "$dir/munge.key" ] || mungekey --create --keyfile="$dir/munge.key"
  chmod 600 "$dir/munge.key"
  munged --force --socket="$dir/munge.socket" --key-file="$dir/munge.key" --pid-file="$dir/munged.pid" \
    --log-file="$dir/munged.log" --seed-file="$dir/munged.seed" || die "munged did not start: $(tail -n 5 "$dir/munged.log" 2>/dev/null)"

  cat >"$conf" <<CONF
# Written by scripts/slurm-test-cluster.sh: one node, everything under $dir.
ClusterName=simtest
SlurmctldHost=$host
SlurmctldPort=${SLURMCTLD_PORT:-6817}
SlurmdPort=${SLURMD_PORT:-6818}
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge.socket
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  echo "export SLURM_CONF=$conf" >"$dir/env.sh"

  slurmctld -c -f "$conf" || die "slurmctld did not start: $(tail -n 10 "$dir/slurmctld.log" 2>/dev/null)"
  slurmd -f "$conf" || die "slurmd did not start: $(tail -n 10 "$dir/slurmd.log" 2>/dev/null)"
  for _ in $(seq 1 150); do
    for daemon in slurmctld slurmd; do
      pid=$(cat "$dir/$daemon.pid" 2>/dev/null || true)
      if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
        die "$daemon exited; the end of $dir/$daemon.log:"$'\n'"$(tail -n 10 "$dir/$daemon.log" 2>/dev/null)"
      fi
    done
    if [ "$(sinfo --noheader --Node --format=%t 2>/dev/null)" = idle ]; then
      echo "slurm-test-cluster: node $host idle ($cpus CPUs); SLURM_CONF=$conf"
      ready=1
      return 0
    fi
    sleep 0.2
  done
  die "the node did not become idle within 30 s; sinfo says: $(sinfo --Node 2>&1 | tail -n 3)"$'\n'"slurmctld.log: $(tail -n 5 "$dir/slurmctld.log" 2>/dev/null)"$'\n'"slurmd.log: $(tail -n 5 "$dir/slurmd.log" 2>/dev/null)"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
