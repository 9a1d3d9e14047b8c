#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine; idempotent and quiet when all is there.
# Each area adds its needs below (PostgreSQL server, Chromium for browser tests, ...).
set -euo pipefail

apt_updated=0
need_apt() {
  # need_apt COMMAND PACKAGE...: install PACKAGEs unless COMMAND (a program or a path) exists.
  local probe=$1; shift
  if command -v "$probe" >/dev/null 2>&1 || [ -e "$probe" ]; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then echo "missing $probe: install $* (needs root)" >&2; return 1; fi
  if [ $apt_updated -eq 0 ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v dotnet >/dev/null || { echo "the .NET SDK (dotnet) is required" >&2; exit 1; }

# Storage and web (issue 6): a throwaway PostgreSQL cluster, headless Chromium for browser tests, wrk for bench/load.
# postgresql-client alone also has /usr/lib/postgresql/N/bin, so probe for the server's initdb there.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt /nonexistent/postgresql-server postgresql
need_apt /usr/bin/chromium chromium
need_apt wrk wrk
