#!/usr/bin/env bash
# Measures what a first visit to the start page (/ask) transfers from a published portal in Production:
# the page, then every stylesheet, script and icon it names, each asked for as a browser does
# (Accept-Encoding: gzip, deflate, br). Prints each response's size (headers + body) and the total.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="$(mktemp -d /tmp/adviceintake-publish.XXXXXX)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$out"' EXIT
dotnet publish src/Portal -c Release -o "$out/app" >/dev/null
# Production encrypts its key ring with a certificate from configuration, made here as README.md shows.
openssl req -x509 -newkey rsa:3072 -sha256 -days 30 -nodes -subj "/CN=AdviceIntake key ring" \
    -keyout "$out/keyring.key" -out "$out/keyring.crt" 2>/dev/null
openssl pkcs12 -export -inkey "$out/keyring.key" -in "$out/keyring.crt" -out "$out/keyring.pfx" -passout pass:measure
port=5199
(cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production Database__DataDirectory="$out/data" \
    DataProtection__CertificatePath="$out/keyring.pfx" DataProtection__CertificatePassword=measure \
    exec ./Portal --urls "http://127.0.0.1:$port") >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

base="http://127.0.0.1:$port"
size() { curl -s -o /dev/null -H 'Accept-Encoding: gzip, deflate, br' -w '%{size_header} %{size_download}' "$1" | awk '{print $1 + $2}'; }
page="$(curl -s "$base/ask")"
total=$(size "$base/ask")
printf '%9d  %s\n' "$total" "/ask"
for asset in $(printf '%s' "$page" | grep -oE '(href|src)="[^"]+\.(css|js|png)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
    bytes=$(size "$base/${asset#/}")
    total=$((total + bytes))
    printf '%9d  %s\n' "$bytes" "/${asset#/}"
done
printf '%9d  total (goal: 122880)\n' "$total"
