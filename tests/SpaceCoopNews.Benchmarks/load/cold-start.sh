#!/usr/bin/env bash
# Cold start to first page: start the published app and time until GET / answers 200.
# Runs twice: on an empty database (migrations, catalogue and seed) and on an existing one.
# The app is published ReadyToRun (precompiled), as the README recommends for deployment;
# extra arguments go to dotnet publish.
# Usage: bash tests/SpaceCoopNews.Benchmarks/load/cold-start.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=5097

dotnet publish "$root/src/SpaceCoopNews.Web" -c Release -o "$work/app" --nologo -v quiet -r linux-x64 --self-contained false -p:PublishReadyToRun=true "$@" >/dev/null

measure() {
  local label=$1
  local start end
  start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production "$work/app/SpaceCoopNews.Web" --urls "http://127.0.0.1:$port" \
    --ConnectionStrings:Default="Data Source=$work/news.db" --contentRoot "$work/app" >"$work/$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
  end=$(date +%s%N)
  printf '%-28s %6d ms\n' "$label" $(( (end - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "Cold start to first page (machine: $(nproc) cores)"
measure "empty database (first run)"
measure "existing database"
measure "existing database (again)"
