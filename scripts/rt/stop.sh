#!/usr/bin/env bash
# Stops the rt-server that scripts/rt/setup.sh started (by its recorded pid only).
set -euo pipefail
STATE_DIR="${RAPPORT_RT_STATE:-/tmp/rapport-rt}"
if [ -f "$STATE_DIR/rt-server.pid" ]; then
  pid="$(cat "$STATE_DIR/rt-server.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in 1 2 3 4 5; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$STATE_DIR/rt-server.pid"
  echo "rt: stopped $pid"
fi
