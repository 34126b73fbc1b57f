#!/usr/bin/env bash
# Request Tracker 5 for the browser tests: install from Debian packages (if missing), point its
# config at 127.0.0.1:<port>, make sure root's password is "password", and start rt-server in the
# background. Prints "rt: ready <url> pid <pid>" once it answers.
#
#   scripts/rt/setup.sh [--port 8091]        # stop with: scripts/rt/stop.sh
set -euo pipefail

PORT=8091
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    *) echo "usage: $0 [--port N]" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "$0")" && pwd)"
STATE_DIR="${RAPPORT_RT_STATE:-/tmp/rapport-rt}"
mkdir -p "$STATE_DIR"

bash "$HERE/install.sh"

RT_LIB=/usr/share/request-tracker5/lib
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
SITE_D=/etc/request-tracker5/RT_SiteConfig.d
[ -x "$RT_SERVER" ] || { echo "rt: $RT_SERVER missing (rt5-standalone not installed?)" >&2; exit 1; }

# Our settings last (files load in name order): the URL RT believes it has must match the one the
# browser uses, or RT rejects form posts as cross-site requests.
cat > "$SITE_D/90-rapport-test.pm" <<PERL
# Written by rapport scripts/rt/setup.sh for local browser tests.
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $PORT);
Set(\$WebBaseURL, 'http://127.0.0.1:$PORT');
Set(\$WebPath, '/rt');
Set(@ReferrerWhitelist, qw(127.0.0.1:$PORT localhost:$PORT));
Set(\$MessageBoxRichText, 1);
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
1;
PERL

DB=/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb
if [ ! -s "$DB" ]; then
  echo "rt: initialising the SQLite database"
  mkdir -p "$(dirname "$DB")"
  # dbconfig-common normally creates it during install; this covers a deleted database file.
  /usr/sbin/rt-setup-database-5 --action init --dba-password '' </dev/null
  chown root:www-data "$DB" && chmod 0660 "$DB"
fi

# The login the tests use. Setting it every time keeps a reused machine predictable.
perl -I"$RT_LIB" -e '
  use strict; use RT; RT::LoadConfig(); RT::Init();
  my $u = RT::User->new(RT->SystemUser); $u->Load("root") or die "no root user\n";
  my ($ok, $msg) = $u->SetPassword("password");
  die "rt: could not set root password: $msg\n" unless $ok || $msg =~ /same|unchanged/i;
'

# Stop a server we started earlier on this state dir.
if [ -f "$STATE_DIR/rt-server.pid" ]; then
  old="$(cat "$STATE_DIR/rt-server.pid")"
  kill "$old" 2>/dev/null || true
  rm -f "$STATE_DIR/rt-server.pid"
  sleep 1
fi

URL="http://127.0.0.1:$PORT/rt/"
setsid "$RT_SERVER" --server Standalone --host 127.0.0.1 --port "$PORT" --webpath /rt \
  >"$STATE_DIR/rt-server.log" 2>&1 </dev/null &
echo $! > "$STATE_DIR/rt-server.pid"

for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$URL" 2>/dev/null; then
    echo "rt: ready $URL pid $(cat "$STATE_DIR/rt-server.pid")"
    exit 0
  fi
  if ! kill -0 "$(cat "$STATE_DIR/rt-server.pid")" 2>/dev/null; then
    echo "rt: rt-server exited; log:" >&2
    tail -40 "$STATE_DIR/rt-server.log" >&2
    exit 1
  fi
  sleep 1
done
echo "rt: no answer from $URL after 120 s; log:" >&2
tail -40 "$STATE_DIR/rt-server.log" >&2
exit 1
