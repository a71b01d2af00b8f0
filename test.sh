#!/usr/bin/env bash
# Runs every test of the portal. On Debian as root it installs what the tests need (Chromium, PostgreSQL, poppler, nginx,
# word lists); otherwise it names what to install. It starts a throwaway PostgreSQL server on a loopback port for the run and
# removes it afterwards. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
# nginx in front of several portal nodes, as deploy/ describes; only its program is used, never the system service.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
# English and Spanish word lists: the risk speller must leave every real word alone (SpellerTests).
[ -f /usr/share/dict/american-english-large ] || missing+=(wamerican-large)
[ -f /usr/share/dict/spanish ] || missing+=(wspanish)

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing ${missing[*]} ..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        # Debian starts the nginx service it installs; the tests start their own.
        if [[ " ${missing[*]} " == *" nginx "* ]]; then service nginx stop >/dev/null 2>&1 || true; fi
        pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    else
        echo "The tests need: ${missing[*]}" >&2
        echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

# A throwaway PostgreSQL cluster, owned by the postgres user when run as root (PostgreSQL refuses to run as root).
pg_root="$(mktemp -d /tmp/adviceintake-pg.XXXXXX)"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$pg_root"
    as_pg=(runuser -u postgres --)
fi
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop_postgres() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_root"
}
trap stop_postgres EXIT

"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_root/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w \
    -o "-p $port -k $pg_root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
export ADVICEINTAKE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
echo "PostgreSQL for the tests on 127.0.0.1:$port"

# With no arguments every test project runs, one after another: on a two-core machine the browser tests must not
# share the CPU with the 200-submission integration tests. Arguments (for example --project tests/Domain.Tests)
# narrow the run.
if [ $# -eq 0 ]; then
    dotnet test --solution AdviceIntake.sln --max-parallel-test-modules 1
else
    dotnet test "$@"
fi
