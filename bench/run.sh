#!/usr/bin/env bash
# Benchmarks, side by side in one run (see bench/README.md):
#   1. scoring throughput on one core (answers per second);
#   2. HTTP turns on Kestrel: bare Kestrel (POST /x -> 200) vs SalesBot's local channel (a command turn and a drill turn),
#      alternated K, S, K, S... and reported as requests/s, latency, ratio to bare Kestrel and server CPU per request;
#   3. Teams turns: a full signed Teams drill turn (JWT check, parse, dialog, score, persist, reply posted to a loopback
#      Connector) vs bare Kestrel and vs a botbuilder JS echo bot (auth off), alternated K, T, K', B.
# BENCH=scoring,local,teams (default: all) picks sections. Everything listens on 127.0.0.1 only. Needs wrk (Debian
# package `wrk`; installed if missing), jq, and Node.js for the Teams section (npm ci in tests/harness/teams if needed).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-32}"
BENCH="${BENCH:-scoring,local,teams}"
BARE_PORT=5182
BOT_PORT=5181
TEAMS_BOT_PORT=5183
LOOP_PORT=5184
ECHO_PORT=5185
HARNESS=tests/harness/teams

want() { [[ ",$BENCH," == *",$1,"* ]]; }

for tool in wrk jq; do
  if ! command -v "$tool" >/dev/null; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$tool" >/dev/null
  fi
done
if want teams && [ ! -d "$HARNESS/node_modules/botbuilder" ]; then
  echo "==> npm ci in $HARNESS (botbuilder for the echo bot, the fake Bot Connector for tokens)"
  (cd "$HARNESS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

echo "==> Building (Release)"
dotnet build bench/SalesBot.Bench/SalesBot.Bench.csproj -c Release -v quiet -nologo >/dev/null
dotnet build src/SalesBot.Host/SalesBot.Host.csproj -c Release -v quiet -nologo >/dev/null

if want scoring; then
  echo
  echo "## Scoring throughput (one thread)"
  dotnet bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll scoring --seconds 5
fi

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; exec 3>&- 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
  dotnet bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll bare --urls "http://127.0.0.1:$BARE_PORT" >"$work/bare.log" 2>&1 &
pids+=($!); bare_pid=$!
if want local; then
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Storage__Sqlite__Path="$work/bench.db" \
    dotnet src/SalesBot.Host/bin/Release/net10.0/SalesBot.Host.dll --urls "http://127.0.0.1:$BOT_PORT" >"$work/bot.log" 2>&1 &
  pids+=($!); bot_pid=$!
fi

# Readiness: poll the health endpoints (a start-up wait, not a measurement).
wait_ready() {
  for port in "$@"; do
    for _ in $(seq 1 150); do
      curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
      sleep 0.1
    done
  done
}
wait_ready $BARE_PORT
want local && wait_ready $BOT_PORT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

declare -A rps_sum p50_list p99_list cpu_sum runs loop_cpu_sum
loop_pid=""
run() { # name pid url script
  local name="$1" pid="$2" url="$3" script="$4"
  local before after out rps requests p50 p99 loop_before=0 loop_after=0
  before="$(cpu_ticks "$pid")"
  [ -n "$loop_pid" ] && loop_before="$(cpu_ticks "$loop_pid")"
  out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$script" "$url")"
  after="$(cpu_ticks "$pid")"
  [ -n "$loop_pid" ] && loop_after="$(cpu_ticks "$loop_pid")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  local errors; errors="$(awk '/Non-2xx|Socket errors/' <<<"$out")"
  [ -n "$errors" ] && echo "   $name: $errors"
  local cpu_us=$(( (after - before) * 1000000 / ticks_per_second / requests ))
  local loop_us=$(( (loop_after - loop_before) * 1000000 / ticks_per_second / requests ))
  echo "   $name: ${rps} req/s, p50 ${p50}, p99 ${p99}, server CPU ${cpu_us} µs/request$([ -n "$loop_pid" ] && echo ", loop (proxy + Connector sink) ${loop_us} µs/request")"
  loop_cpu_sum[$name]=$(( ${loop_cpu_sum[$name]:-0} + loop_us ))
  rps_sum[$name]="$(awk -v a="${rps_sum[$name]:-0}" -v b="$rps" 'BEGIN {print a + b}')"
  cpu_sum[$name]=$(( ${cpu_sum[$name]:-0} + cpu_us ))
  p50_list[$name]="${p50_list[$name]:-}${p50} "
  p99_list[$name]="${p99_list[$name]:-}${p99} "
  runs[$name]=$(( ${runs[$name]:-0} + 1 ))
}

if want local; then
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
fi

if want teams; then
  echo
  echo "## Teams turns, alternating, $ROUNDS rounds x $DURATION, wrk -t2 -c$CONNECTIONS"
  app_id="6b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  app_password="bench-secret-not-a-real-one"
  # The fake Bot Connector (npm botbuilder, tests/harness/teams) is the identity side: OpenID metadata, JWKS with
  # endorsements, the client-credentials endpoint, and minting channel tokens. It exits when its stdin closes: fd 3 holds it.
  mkfifo "$work/fake.in"
  exec 3<>"$work/fake.in"
  SALESBOT_FAKE_APP_ID="$app_id" SALESBOT_FAKE_APP_PASSWORD="$app_password" \
    node -r "./$HARNESS/loopback-guard.js" "$HARNESS/fake-connector.js" <"$work/fake.in" >"$work/fake.json" 2>"$work/fake.log" &
  pids+=($!)
  NODE_PATH="$HARNESS/node_modules" node -r "./$HARNESS/loopback-guard.js" bench/teams/echo-bot.js "$ECHO_PORT" >"$work/echo.json" 2>"$work/echo.log" &
  pids+=($!); echo_pid=$!
  for _ in $(seq 1 150); do [ -s "$work/fake.json" ] && break; sleep 0.1; done
  fake="$(jq -r .baseUrl "$work/fake.json")"
  service_url="http://127.0.0.1:$LOOP_PORT/teams/"

  # The loopback Connector sink + closed-loop proxy (C#), and SalesBot with Teams pointed at them. Environment Testing:
  # the only one besides Development where a loopback serviceUrl may receive the bot's token. All bench sellers are in one
  # tenant, so Teams' 50 requests/s per tenant (which the pacer enforces) is lifted for the benchmark.
  dotnet bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll teams-loop --urls "http://127.0.0.1:$LOOP_PORT" \
    --target "salesbot=http://127.0.0.1:$TEAMS_BOT_PORT/api/messages,reply" \
    --target "botbuilder=http://127.0.0.1:$ECHO_PORT/api/messages,reply" \
    --target "bare=http://127.0.0.1:$BARE_PORT/x" >"$work/loop.log" 2>&1 &
  pids+=($!); loop_process=$!
  ASPNETCORE_ENVIRONMENT=Testing Logging__LogLevel__Default=Warning Storage__Sqlite__Path="$work/teams.db" \
    Teams__AppId="$app_id" Teams__AppPassword="$app_password" \
    Teams__OpenIdMetadataUrl="$fake/v1/.well-known/openidconfiguration" Teams__TokenEndpoint="$fake/botframework.com/oauth2/v2.0/token" \
    Teams__RequestsPerTenantPerSecond=1000000 \
    dotnet src/SalesBot.Host/bin/Release/net10.0/SalesBot.Host.dll --urls "http://127.0.0.1:$TEAMS_BOT_PORT" >"$work/teams-bot.log" 2>&1 &
  pids+=($!); teams_pid=$!
  wait_ready $LOOP_PORT $TEAMS_BOT_PORT $ECHO_PORT

  # One channel token for every request (the fake mints it valid for an hour; serviceurl = the loop's /teams/). SalesBot
  # still validates it on every request: signature, issuer, audience, lifetime, serviceurl and endorsement.
  token="$(curl -fs -X POST -H 'Content-Type: application/json' -d "{\"serviceUrl\":\"$service_url\"}" "$fake/_test/mint" | jq -r .token)"
  export TEAMS_TOKEN="$token" TEAMS_SERVICE_URL="$service_url" TEAMS_APP_ID="$app_id"
  loop="http://127.0.0.1:$LOOP_PORT"
  teams_run() { # name pid target
    export TEAMS_TARGET="$3" TEAMS_RUN="$RANDOM$RANDOM"
    run "$1" "$2" "$loop" bench/wrk/teams.lua
  }

  # Warm-up: JIT, token keys, the bot token, SQLite pages.
  TEAMS_TARGET=salesbot TEAMS_RUN="warm$RANDOM" wrk -t2 -c8 -d3s -s bench/wrk/teams.lua "$loop" >/dev/null
  TEAMS_TARGET=botbuilder TEAMS_RUN="warm$RANDOM" wrk -t2 -c8 -d3s -s bench/wrk/teams.lua "$loop" >/dev/null
  wrk -t2 -c8 -d3s -s bench/wrk/bare.lua "http://127.0.0.1:$BARE_PORT/x" >/dev/null
  loop_pid="$loop_process"
  for round in $(seq 1 "$ROUNDS"); do
    echo " round $round"
    loop_pid=""
    run "bare Kestrel POST /x  " "$bare_pid" "http://127.0.0.1:$BARE_PORT/x" bench/wrk/bare.lua
    loop_pid="$loop_process"
    teams_run "SalesBot Teams drill turn (signed, reply posted)" "$teams_pid" salesbot
    teams_run "bare Kestrel POST /x via the loop" "$bare_pid" bare
    teams_run "botbuilder JS echo bot, auth off (reply posted)" "$echo_pid" botbuilder
  done
  loop_pid=""
  echo "   loop stats: $(curl -fs "$loop/stats")"
  if grep -qiE "fail|error|exception" "$work/teams-bot.log"; then
    echo "   SalesBot (Teams) logged problems:"; grep -iE "fail|error|exception" "$work/teams-bot.log" | sort | uniq -c | sort -rn | head -5
  fi

  echo
  echo "| target | mean req/s (full turns) | p50 per round | p99 per round | ratio to bare Kestrel | server CPU per request | loop CPU per request |"
  echo "|---|---|---|---|---|---|---|"
  bare_t="$(awk -v s="${rps_sum["bare Kestrel POST /x  "]}" -v n="${runs["bare Kestrel POST /x  "]}" 'BEGIN {print s / n}')"
  for name in "bare Kestrel POST /x  " "SalesBot Teams drill turn (signed, reply posted)" "bare Kestrel POST /x via the loop" "botbuilder JS echo bot, auth off (reply posted)"; do
    mean="$(awk -v s="${rps_sum[$name]}" -v n="${runs[$name]}" 'BEGIN {printf "%.0f", s / n}')"
    ratio="$(awk -v a="$mean" -v b="$bare_t" 'BEGIN {printf "%.3f", a / b}')"
    loop_cpu="–"
    [[ "$name" == *"POST /x  " ]] || loop_cpu="$(( loop_cpu_sum[$name] / runs[$name] )) µs"
    echo "| $(sed 's/ *$//' <<<"$name") | $mean | ${p50_list[$name]} | ${p99_list[$name]} | $ratio | $(( cpu_sum[$name] / runs[$name] )) µs | $loop_cpu |"
  done
fi
