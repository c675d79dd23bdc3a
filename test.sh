#!/usr/bin/env bash
# The one command that runs every SalesBot test on a fresh machine.
# It installs what the tests need (Debian's Chromium for the browser tests, npm ci for the Node oracles), builds the solution with warnings as
# errors, runs every test project, and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

summary() { echo "$1 passed, $2 failed"; }

# 1. Chromium for the headless browser tests (no browser download: Debian's package, driven by Playwright).
if [ ! -x /usr/bin/chromium ]; then
  echo "==> Installing Debian's chromium for the browser tests"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  if ! { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null; }; then
    echo "Could not install chromium (apt-get failed)." >&2
    summary 0 1
    exit 1
  fi
fi

# 2. Node oracles (official npm packages used as independent checks, e.g. Slack's SDKs in tests/harness/slack).
for lock in tests/harness/*/package-lock.json; do
  [ -e "$lock" ] || continue
  harness="$(dirname "$lock")"
  if ! command -v npm >/dev/null 2>&1; then
    echo "==> Installing Node.js and npm for $harness"
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    if ! { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null; }; then
      echo "Could not install nodejs/npm (apt-get failed), needed by $harness." >&2
      summary 0 1
      exit 1
    fi
  fi
  echo "==> npm ci in $harness"
  if ! (cd "$harness" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "npm ci failed in $harness (is the npm registry reachable and package-lock.json in sync?)." >&2
    summary 0 1
    exit 1
  fi
done

# 3. Build once (warnings are errors), then run each test project with its own TRX file for exact counts.
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
echo "==> dotnet build SalesBot.sln"
if ! dotnet build SalesBot.sln --configuration Release; then
  echo "Build failed." >&2
  summary 0 1
  exit 1
fi

for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "==> dotnet test $name"
  if ! dotnet test "$project" --configuration Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@"; then
    status=1
  fi
done

# 4. One summary line, summed over every test project's TRX counters.
passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report.
  failed=1
fi

summary "$passed" "$failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
