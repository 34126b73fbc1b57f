#!/usr/bin/env bash
# Installs Request Tracker 5 (SQLite, standalone server) from Debian packages without questions.
# Idempotent: does nothing when RT is already installed. Needs root (apt-get).
set -euo pipefail

if dpkg-query -W -f='${Status}' request-tracker5 2>/dev/null | grep -q 'install ok installed' \
  && dpkg-query -W -f='${Status}' rt5-standalone 2>/dev/null | grep -q 'install ok installed' \
  && dpkg-query -W -f='${Status}' rt5-db-sqlite 2>/dev/null | grep -q 'install ok installed'; then
  echo "rt: request-tracker5 already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "rt: installing Debian packages needs root (apt-get)" >&2
  exit 1
fi

# The answers the packages would ask for. The root password is the test login (root/password);
# this RT only ever listens on 127.0.0.1.
debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/rtname string rapport.test
request-tracker5 request-tracker5/organization string rapport.test
request-tracker5 request-tracker5/correspondaddress string rt@rapport.test
request-tracker5 request-tracker5/commentaddress string rt-comment@rapport.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/initial-root-password password password
SEL

export DEBIAN_FRONTEND=noninteractive
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -print -quit 2>/dev/null)" ]; then
  apt-get update
fi
# rt5-db-sqlite first in the same transaction so dbconfig-common offers sqlite3.
apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  rt5-db-sqlite request-tracker5 rt5-standalone
echo "rt: installed"
