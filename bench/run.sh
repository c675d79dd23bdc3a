#!/usr/bin/env bash
# Benchmarks, side by side in one run (see bench/README.md):
#   1. scoring throughput on one core (answers per second);
#   2. store round trips, bytes and latency per turn kind on SQLite and on the Cosmos test server (and an in-memory floor);
#   3. HTTP turns on Kestrel: bare Kestrel (POST /x -> 200) vs SalesBot's local channel (a command turn and a drill turn),
#      alternated K, S, K, S... and reported as requests/s, latency, ratio to bare Kestrel and server CPU per request.
# Everything listens on 127.0.0.1 only. Needs wrk (Debian package `wrk`; installed if missing) and, for the Cosmos
# store run, Node.js with `npm ci` done in tools/cosmos-test-server (done here if missing; skipped without node).
# BOT_SETTINGS="Storage__Sqlite__Synchronous=Full" passes settings to the bot; COMPARE_SETTINGS="Storage__Sqlite__GroupCommit=false"
# adds a second instance of this build with those settings; BEFORE_DLL=<other build's SalesBot.Host.dll> adds that build
# (e.g. main's, to measure before/after in the same run).
# SKIP_STORE=1 skips part 2.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
[ -n "${BOT_SETTINGS:-}" ] && echo "Bot settings: $BOT_SETTINGS"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-32}"
BARE_PORT=5182
BOT_PORT=5181

if ! command -v wrk >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

echo "==> Building (Release)"
dotnet build bench/SalesBot.Bench/SalesBot.Bench.csproj -c Release -v quiet -nologo >/dev/null
dotnet build src/SalesBot.Host/SalesBot.Host.csproj -c Release -v quiet -nologo >/dev/null

echo
echo "## Scoring throughput (one thread)"
dotnet bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll scoring --seconds 5

if [ -z "${SKIP_STORE:-}" ]; then
  echo
  bench_dll=bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll
  dotnet "$bench_dll" store --provider memory --users 200 --warmup 100
  dotnet "$bench_dll" store --provider sqlite --users 200 --warmup 100
  echo "Playbook cache off (every drill answer reads the category's approved playbook):"
  dotnet "$bench_dll" store --provider sqlite --users 100 --warmup 20 --set Storage:PlaybookCacheSeconds=0 | grep -E '^\| (turn kind|---|drill answer)'
  echo
  if command -v node >/dev/null; then
    [ -d tools/cosmos-test-server/node_modules ] || (cd tools/cosmos-test-server && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    dotnet "$bench_dll" store --provider cosmos --users 100 --warmup 20
    echo "Playbook cache off:"
    dotnet "$bench_dll" store --provider cosmos --users 50 --warmup 10 --set Storage:PlaybookCacheSeconds=0 | grep -E '^\| (turn kind|---|drill answer)'
  else
    echo "(Cosmos store run skipped: node not found)"
  fi
fi

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
  dotnet bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll bare --urls "http://127.0.0.1:$BARE_PORT" >"$work/bare.log" 2>&1 &
pids+=($!); bare_pid=$!

# The bots under test, each with its own SQLite file: this build (with BOT_SETTINGS), optionally this build with
# COMPARE_SETTINGS (e.g. group commit off), optionally another build (BEFORE_DLL, e.g. main's, built the same way).
bot_labels=(); bot_ports=(); bot_pids=()
start_bot() { # label dll port settings
  # shellcheck disable=SC2086
  env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Storage__Sqlite__Path="$work/bench-$3.db" $4 \
    dotnet "$2" --urls "http://127.0.0.1:$3" >"$work/bot-$3.log" 2>&1 &
  pids+=($!); bot_labels+=("$1"); bot_ports+=("$3"); bot_pids+=($!)
}
if [ -n "${BEFORE_DLL:-}" ]; then start_bot "before" "$BEFORE_DLL" 5183 ""; fi
start_bot "SalesBot" src/SalesBot.Host/bin/Release/net10.0/SalesBot.Host.dll "$BOT_PORT" "${BOT_SETTINGS:-}"
if [ -n "${COMPARE_SETTINGS:-}" ]; then start_bot "SalesBot ($COMPARE_SETTINGS)" src/SalesBot.Host/bin/Release/net10.0/SalesBot.Host.dll 5184 "$COMPARE_SETTINGS"; fi

# Readiness: poll the health endpoints (a start-up wait, not a measurement).
for port in $BARE_PORT "${bot_ports[@]}"; do
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

declare -A rps_sum p50_list p99_list cpu_sum runs bare_sum
order=()
run() { # name pid url script -> sets last_rps
  local name="$1" pid="$2" url="$3" script="$4"
  local before after out rps requests p50 p99
  before="$(cpu_ticks "$pid")"
  out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url")"
  after="$(cpu_ticks "$pid")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  local errors; errors="$(awk '/Non-2xx|Socket errors/' <<<"$out")"
  [ -n "$errors" ] && echo "   $name: $errors"
  local cpu_us=$(( (after - before) * 1000000 / ticks_per_second / requests ))
  echo "   $name: ${rps} req/s, p50 ${p50}, p99 ${p99}, server CPU ${cpu_us} µs/request"
  [ -n "${runs[$name]:-}" ] || order+=("$name")
  rps_sum[$name]="$(awk -v a="${rps_sum[$name]:-0}" -v b="$rps" 'BEGIN {print a + b}')"
  cpu_sum[$name]=$(( ${cpu_sum[$name]:-0} + cpu_us ))
  p50_list[$name]="${p50_list[$name]:-}${p50} "
  p99_list[$name]="${p99_list[$name]:-}${p99} "
  runs[$name]=$(( ${runs[$name]:-0} + 1 ))
  last_rps="$rps"
}

# Each bot run comes right after a bare Kestrel run; its ratio is to the bare runs just before it.
pair() { # label pid port script turn
  run "bare Kestrel POST /x (before $1 $5)" "$bare_pid" "http://127.0.0.1:$BARE_PORT/x" bench/wrk/bare.lua
  local bare="$last_rps"
  run "$1 $5" "$2" "http://127.0.0.1:$3" "$4"
  bare_sum["$1 $5"]="$(awk -v a="${bare_sum["$1 $5"]:-0}" -v b="$bare" 'BEGIN {print a + b}')"
}

echo
echo "## HTTP turns, alternating, $ROUNDS rounds x $DURATION, wrk -t2 -c$CONNECTIONS"
# Warm-up: JIT (tiered compilation settles after some seconds of load) and SQLite pages.
wrk -t2 -c8 -d5s -s bench/wrk/bare.lua "http://127.0.0.1:$BARE_PORT/x" >/dev/null
for i in "${!bot_ports[@]}"; do
  wrk -t2 -c8 -d5s -s bench/wrk/help.lua "http://127.0.0.1:${bot_ports[$i]}" >/dev/null
  wrk -t2 -c8 -d8s -s bench/wrk/drill.lua "http://127.0.0.1:${bot_ports[$i]}" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round"
  for i in "${!bot_ports[@]}"; do
    pair "${bot_labels[$i]}" "${bot_pids[$i]}" "${bot_ports[$i]}" bench/wrk/help.lua "command turn (progress)"
    pair "${bot_labels[$i]}" "${bot_pids[$i]}" "${bot_ports[$i]}" bench/wrk/drill.lua "drill turn (start/score)"
  done
done

echo
echo "| target | mean req/s | p50 per round | p99 per round | ratio to bare Kestrel | server CPU per request |"
echo "|---|---|---|---|---|---|"
for name in "${order[@]}"; do
  mean="$(awk -v s="${rps_sum[$name]}" -v n="${runs[$name]}" 'BEGIN {printf "%.0f", s / n}')"
  if [ -n "${bare_sum[$name]:-}" ]; then
    ratio="$(awk -v a="${rps_sum[$name]}" -v b="${bare_sum[$name]}" 'BEGIN {printf "%.3f", a / b}')"
  else
    ratio="1.000"
  fi
  echo "| $name | $mean | ${p50_list[$name]} | ${p99_list[$name]} | $ratio | $(( cpu_sum[$name] / runs[$name] )) µs |"
done
