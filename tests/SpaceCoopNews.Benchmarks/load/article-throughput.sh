#!/usr/bin/env bash
# Article page throughput against a static file of the same size served by the same server,
# and latency at 32 connections. Targets (PRODUCT.md): article ≥ 0.7 × static; p99 ≤ 50 ms; no errors.
# Needs wrk (apt-get install -y wrk). Binds to 127.0.0.1 only; every wrk run stops by itself.
# Usage: bash tests/SpaceCoopNews.Benchmarks/load/article-throughput.sh [seconds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
seconds="${1:-15}"
work="$(mktemp -d)"
static_dir="$root/src/SpaceCoopNews.Web/wwwroot/bench"
port=5098
story="/articles/former-astronaut-ronald-sega-russia-and-the-us-will-explore-mars-together"
cleanup() { kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work" "$static_dir"; }
trap cleanup EXIT

start_app() {
  ASPNETCORE_ENVIRONMENT=Production "$work/app/SpaceCoopNews.Web" --urls "http://127.0.0.1:$port" \
    --ConnectionStrings:Default="Data Source=$work/news.db" --contentRoot "$work/app" \
    --RateLimiting:Enabled=false --Serilog:MinimumLevel:Default=Warning >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.1; done
}

# 1. Render the story once to learn its exact size, then publish the app with a static copy of it.
mkdir -p "$static_dir"
echo placeholder >"$static_dir/article.html"
dotnet publish "$root/src/SpaceCoopNews.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
start_app
curl -sf "http://127.0.0.1:$port$story" -o "$static_dir/article.html"
kill "$pid"; wait "$pid" 2>/dev/null || true
dotnet publish "$root/src/SpaceCoopNews.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
start_app
size=$(stat -c %s "$static_dir/article.html")

run() {
  local label=$1 url=$2
  curl -sf -o /dev/null "$url"   # warm: JIT, caches
  wrk -t2 -c32 -d"${seconds}s" --latency "$url" >"$work/$label.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$label.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/$label.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/$label.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/$label.txt" | tr '\n' ' ' || true)
  printf '%-14s %10s req/s   p50 %8s   p99 %8s   %s\n' "$label" "$rps" "$p50" "$p99" "${errors:-no errors}"
  echo "$rps" >"$work/$label.rps"
}

echo "Machine: $(nproc) cores; wrk -t2 -c32 -d${seconds}s --latency; page size $size bytes"
run static "http://127.0.0.1:$port/bench/article.html"
run article "http://127.0.0.1:$port$story"
awk -v a="$(cat "$work/article.rps")" -v s="$(cat "$work/static.rps")" 'BEGIN { printf "article / static = %.2f (target ≥ 0.70)\n", a / s }'
echo "server RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"
