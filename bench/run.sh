#!/usr/bin/env bash
# Benchmarks, side by side in one run (see bench/README.md):
#   1. scoring throughput on one core (answers per second);
#   2. HTTP turns on Kestrel: bare Kestrel (POST /x -> 200) vs SalesBot's local channel (a command turn and a drill turn),
#      alternated K, S, K, S... and reported as requests/s, latency, ratio to bare Kestrel and server CPU per request.
# Everything listens on 127.0.0.1 only. Needs wrk (Debian package `wrk`; installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
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

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
  dotnet bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll bare --urls "http://127.0.0.1:$BARE_PORT" >"$work/bare.log" 2>&1 &
pids+=($!); bare_pid=$!
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Storage__Sqlite__Path="$work/bench.db" \
  dotnet src/SalesBot.Host/bin/Release/net10.0/SalesBot.Host.dll --urls "http://127.0.0.1:$BOT_PORT" >"$work/bot.log" 2>&1 &
pids+=($!); bot_pid=$!

# Readiness: poll the health endpoints (a start-up wait, not a measurement).
for port in $BARE_PORT $BOT_PORT; do
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

declare -A rps_sum p50_list p99_list cpu_sum runs
run() { # name pid url script
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
  rps_sum[$name]="$(awk -v a="${rps_sum[$name]:-0}" -v b="$rps" 'BEGIN {print a + b}')"
  cpu_sum[$name]=$(( ${cpu_sum[$name]:-0} + cpu_us ))
  p50_list[$name]="${p50_list[$name]:-}${p50} "
  p99_list[$name]="${p99_list[$name]:-}${p99} "
  runs[$name]=$(( ${runs[$name]:-0} + 1 ))
}

echo
echo "## HTTP turns, alternating, $ROUNDS rounds x $DURATION, wrk -t2 -c$CONNECTIONS"
# Warm-up: JIT and SQLite pages.
wrk -t2 -c8 -d3s -s bench/wrk/bare.lua "http://127.0.0.1:$BARE_PORT/x" >/dev/null
wrk -t2 -c8 -d3s -s bench/wrk/drill.lua "http://127.0.0.1:$BOT_PORT" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round"
  run "bare Kestrel POST /x" "$bare_pid" "http://127.0.0.1:$BARE_PORT/x" bench/wrk/bare.lua
  run "SalesBot command turn (progress)" "$bot_pid" "http://127.0.0.1:$BOT_PORT" bench/wrk/help.lua
  run "bare Kestrel POST /x " "$bare_pid" "http://127.0.0.1:$BARE_PORT/x" bench/wrk/bare.lua
  run "SalesBot drill turn (start/score)" "$bot_pid" "http://127.0.0.1:$BOT_PORT" bench/wrk/drill.lua
done

echo
echo "| target | mean req/s | p50 per round | p99 per round | ratio to bare Kestrel | server CPU per request |"
echo "|---|---|---|---|---|---|"
bare_a="$(awk -v s="${rps_sum["bare Kestrel POST /x"]}" -v n="${runs["bare Kestrel POST /x"]}" 'BEGIN {print s / n}')"
bare_b="$(awk -v s="${rps_sum["bare Kestrel POST /x "]}" -v n="${runs["bare Kestrel POST /x "]}" 'BEGIN {print s / n}')"
for name in "bare Kestrel POST /x" "SalesBot command turn (progress)" "bare Kestrel POST /x " "SalesBot drill turn (start/score)"; do
  mean="$(awk -v s="${rps_sum[$name]}" -v n="${runs[$name]}" 'BEGIN {printf "%.0f", s / n}')"
  case "$name" in
    *progress*) base="$bare_a" ;;
    *drill*) base="$bare_b" ;;
    *) base="$mean" ;;
  esac
  ratio="$(awk -v a="$mean" -v b="$base" 'BEGIN {printf "%.3f", a / b}')"
  echo "| ${name% } | $mean | ${p50_list[$name]} | ${p99_list[$name]} | $ratio | $(( cpu_sum[$name] / runs[$name] )) µs |"
done
