# Sourced by deploy/k8s/run.sh and deploy/slurm/submit.sh (bash).
#
# duration_seconds DURATION: the seconds in a duration written as kubectl
# writes them, whole numbers with h, m or s (90s, 30m, 2h, 1h30m). Prints
# nothing and fails for anything else, and for a duration of 0.
duration_seconds() {
  local rest=$1 total=0 unit
  while [[ $rest =~ ^([0-9]+)([hms])(.*)$ ]]; do
    case ${BASH_REMATCH[2]} in h) unit=3600 ;; m) unit=60 ;; s) unit=1 ;; esac
    total=$((total + 10#${BASH_REMATCH[1]} * unit))
    rest=${BASH_REMATCH[3]}
  done
  [[ -z $rest && $total -gt 0 ]] || return 1
  echo "$total"
}
