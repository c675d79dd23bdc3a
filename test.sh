#!/usr/bin/env bash
# The one command that runs every SalesBot test on a fresh machine.
# It installs what the tests need (Debian's Chromium for the browser tests, jq and zip for the Teams app package,
# Node.js, the Cosmos test server and the Node harnesses' pinned npm packages), builds the solution with warnings as
# errors, runs every test project, and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

summary() { echo "$1 passed, $2 failed"; }

# apt_install <what it is for> <package>...: installs Debian packages, or ends the run with a reason.
apt_updated=""
apt_install() {
  local why="$1"
  shift
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  echo "==> Installing Debian's $* ($why)"
  if [ -z "$apt_updated" ]; then
    $sudo_cmd apt-get update -qq || true
    apt_updated=1
  fi
  if ! DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null; then
    echo "Could not install $* (apt-get failed); the tests need it for $why." >&2
    summary 0 1
    exit 1
  fi
}

# 1. Debian packages: Chromium for the headless browser tests (no browser download: Debian's package, driven by
#    Playwright), jq and zip for the Teams app package build, Node.js and npm for the Node test tools.
[ -x /usr/bin/chromium ] || apt_install "the browser tests" chromium
for tool in jq zip; do
  command -v "$tool" >/dev/null 2>&1 || apt_install "the Teams app package build" "$tool"
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt_install "the Cosmos test server and the Node harnesses (Node.js 20+)" nodejs npm
fi

# 2. The pinned npm packages of each Node tool the tests run (npm ci; skipped when node_modules was already installed
#    from the same package-lock.json).
node_tools=(tools/cosmos-test-server)
for harness in tests/harness/*/; do
  [ -f "$harness/package-lock.json" ] && node_tools+=("${harness%/}")
done
for tool in "${node_tools[@]}"; do
  stamp="$tool/node_modules/.installed-from-lock.sha256"
  want="$(sha256sum "$tool/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    continue
  fi
  echo "==> npm ci in $tool"
  if ! (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "npm ci failed in $tool (is the npm registry reachable, and package-lock.json in step with package.json?)." >&2
    summary 0 1
    exit 1
  fi
  echo "$want" >"$stamp"
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
