#!/usr/bin/env bash
# A trial of the reference deployment on this machine, on loopback ports: a PostgreSQL cluster of its own (or the one
# named by ADVICEINTAKE_POSTGRES), two portal nodes from a published build sharing its database and key-ring
# certificate, and nginx in front with sticky sessions for the staff pages' live connections. Ctrl+C stops it all.
#   deploy/run-local.sh            # the portal on http://127.0.0.1:8080 (PORT=... to change)
# Needs the .NET SDK, nginx, PostgreSQL and openssl (Debian: apt-get install nginx postgresql openssl).
# It runs the nodes in Development so the demo accounts of README.md exist and plain HTTP is allowed; a real host
# runs them in Production behind TLS (deploy/systemd, deploy/nginx/site.conf.example, docs/operations.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${PORT:-8080}"
work="$(mktemp -d /tmp/adviceintake-deploy.XXXXXX)"
# nginx's workers run as an unprivileged user when it is started as root: they may pass through, not read.
chmod 711 "$work"
pids=()
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
as_pg=()
pg_root=""

stop_all() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$pg_root" ]; then
        "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$pg_root"
    fi
    rm -rf "$work"
}
trap stop_all EXIT INT TERM

free_port() {
    local p=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

echo "Publishing the portal to $work/portal ..."
dotnet publish "$root/src/Portal" -c Release -o "$work/portal" -v q --nologo >/dev/null
# Development settings of the repository: the demo accounts, no second factor.
cp "$root/appsettings.Development.json" "$work/portal/appsettings.Development.root.json"

# One certificate for every node: the key ring in the database is sealed with it.
password="$(openssl rand -hex 16)"
openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/CN=AdviceIntake key ring (trial)" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$work/key-ring.pfx" -passout "pass:$password"
chmod 600 "$work/key-ring.pfx"
rm "$work/key.pem"

if [ -n "${ADVICEINTAKE_POSTGRES:-}" ]; then
    connection="$ADVICEINTAKE_POSTGRES"
else
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL is not installed: apt-get install postgresql" >&2; exit 1; }
    # Its own folder: PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
    pg_root="$(mktemp -d /tmp/adviceintake-deploy-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_root"; as_pg=(runuser -u postgres --); fi
    pg_port="$(free_port 55600)"
    "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_root/data" -U postgres -A trust -E UTF8 >/dev/null
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w \
        -o "-p $pg_port -k $pg_root -c listen_addresses=127.0.0.1" start >/dev/null
    connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
    echo "PostgreSQL on 127.0.0.1:$pg_port"
fi

node_a="$(free_port 5101)"
node_b="$(free_port $((node_a + 1)))"
for node in a b; do
    node_port=$([ "$node" = a ] && echo "$node_a" || echo "$node_b")
    mkdir -p "$work/node-$node"
    (
        cd "$work/portal"
        export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$node_port" Node__Name="$node"
        export Database__Provider=PostgreSql ConnectionStrings__Portal="$connection" Database__DataDirectory="$work/node-$node"
        export DataProtection__CertificatePath="$work/key-ring.pfx" DataProtection__CertificatePassword="$password"
        export Transport__RequireHttps=false Transport__KnownProxies__0=127.0.0.1
        exec dotnet Portal.dll >"$work/node-$node.log" 2>&1
    ) &
    pids+=($!)
done

for node_port in "$node_a" "$node_b"; do
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$node_port/readyz" >/dev/null 2>&1 && break
        sleep 0.5
    done
    curl -fs "http://127.0.0.1:$node_port/readyz" >/dev/null || { echo "A node did not become ready:" >&2; tail -n 20 "$work"/node-*.log >&2; exit 1; }
done

mkdir -p -m 755 "$work/nginx"
sed -e "s|{{PREFIX}}|$work/nginx|g" -e "s|{{LISTEN}}|$port|g" -e "s|{{NODE_A}}|$node_a|g" -e "s|{{NODE_B}}|$node_b|g" \
    -e "s|{{DEPLOY}}|$root/deploy|g" "$root/deploy/nginx/local.conf.template" >"$work/nginx/nginx.conf"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=($!)

echo "Node a on 127.0.0.1:$node_a, node b on 127.0.0.1:$node_b (logs in $work)."
echo "The portal: http://127.0.0.1:$port  (staff sign in at /Account/Login; README.md lists the demo accounts)"
echo "Stop a node gracefully to see dashboards move: kill -TERM ${pids[0]} (node a). Ctrl+C stops everything."
wait "${pids[@]}"
