#!/usr/bin/env bash
# The README's test command: sets up what the tests need on a fresh machine (Debian's
# chromium and postgresql, a throwaway PostgreSQL cluster), runs every suite, and ends
# with one line "N passed, N failed" over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${need_apt[*]} from Debian's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt-get install ${need_apt[*]} failed"; exit 1; }
  else
    echo "The tests need Debian's ${need_apt[*]}. Install them first: sudo apt-get install -y ${need_apt[*]}"
    exit 1
  fi
fi

PGROOT=""
stop_cluster() {
  [ -n "${REPORTS:-}" ] && rm -rf "$REPORTS"
  if [ -n "$PGROOT" ]; then
    su postgres -c "$PGBIN/pg_ctl -D $PGROOT/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PGROOT"
  fi
}
trap stop_cluster EXIT

if [ -z "${DATABASE_URL:-}" ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGPORT=${POSTWARDEN_TEST_PGPORT:-55432}
  PGROOT=$(mktemp -d)
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PGROOT"
    run_pg() { su postgres -c "$*"; }
  else
    run_pg() { bash -c "$*"; }
  fi
  run_pg "$PGBIN/initdb -D $PGROOT/data -U postgres -A trust --no-sync -E UTF8 >$PGROOT/initdb.log" || { cat "$PGROOT/initdb.log"; exit 1; }
  run_pg "$PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/server.log -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -w start" >/dev/null || { cat "$PGROOT/server.log"; exit 1; }
  run_pg "$PGBIN/createdb -h 127.0.0.1 -p $PGPORT postwarden_test"
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postwarden_test"
  echo "Started a throwaway PostgreSQL cluster on port $PGPORT"
fi
# With a database URL given, the PostgreSQL half of the database tests must run, not skip.
export POSTWARDEN_REQUIRE_POSTGRES=1

REPORTS=$(mktemp -d)
echo "== Unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
vitest_rc=$?

echo "== Browser tests (Playwright, Chromium)"
npm run build --silent >/dev/null 2>&1 || npm run build
POSTWARDEN_E2E_REPORT="$REPORTS/e2e.json" npx playwright test -c e2e/playwright.config.ts
e2e_rc=$?

node scripts/summarise-tests.mjs "$REPORTS/vitest.json" "$REPORTS/e2e.json"
summary_rc=$?
if [ $vitest_rc -ne 0 ] || [ $e2e_rc -ne 0 ] || [ $summary_rc -ne 0 ]; then exit 1; fi
