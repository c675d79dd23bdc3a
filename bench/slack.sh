#!/usr/bin/env bash
# Slack event turns, side by side in one run (see bench/README.md, "Slack"):
#   bare Kestrel (POST /x -> 200)  vs  SalesBot: a signed Slack message.im event, acknowledged at once, then verify + dialog
#   + score + SQLite commit + chat.postMessage to a fake Slack  vs  Slack Bolt JS 5.1.0 verifying the same signed events
#   and only acknowledging them. Alternated K, S, K, B per round.
# Everything listens on 127.0.0.1 only. Needs wrk (Debian package `wrk`; installed if missing), Node.js + npm for Bolt.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-32}"
SELLERS="${SELLERS:-2000}"        # per wrk thread; each seller alternates "practice price" and a scored answer
RATE="${RATE:-2500}"              # events/s offered to SalesBot: keep it above what it completes (the queue drains after)
EVENTS="${EVENTS:-40000}"         # pre-signed events per wrk thread and run (enough for Bolt's unpaced runs)
BARE_PORT=5192
BOT_PORT=5193
FAKE_PORT=5194
BOLT_PORT=5195
SECRET="bench-signing-secret-0123456789abcdef"
BENCH_DLL=bench/SalesBot.Bench/bin/Release/net10.0/SalesBot.Bench.dll

if ! command -v wrk >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi
if [ ! -d bench/bolt/node_modules/@slack/bolt ]; then
  (cd bench/bolt && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

echo "==> Building (Release)"
dotnet build bench/SalesBot.Bench/SalesBot.Bench.csproj -c Release -v quiet -nologo >/dev/null
dotnet build src/SalesBot.Host/SalesBot.Host.csproj -c Release -v quiet -nologo >/dev/null

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$BENCH_DLL" bare --urls "http://127.0.0.1:$BARE_PORT" >"$work/bare.log" 2>&1 &
pids+=($!); bare_pid=$!
DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$BENCH_DLL" fake-slack --urls "http://127.0.0.1:$FAKE_PORT" >"$work/fake.log" 2>&1 &
pids+=($!); fake_pid=$!
# One seller's turns arrive every few seconds here, far faster than a person types: Slack's 1 message/s per channel
# pacing would measure the pacer, not the turn, so it is opened up (Slack:ChannelBurst). The queues are large so that no
# delivery is refused: everything offered is acknowledged, then processed (the run ends when the fake got every reply).
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Storage__Sqlite__Path="$work/bench.db" \
  Slack__SigningSecret="$SECRET" Slack__BotToken=xoxb-bench-0001 Slack__ApiBaseUrl="http://127.0.0.1:$FAKE_PORT/api/" \
  Slack__ChannelBurst=100000 Slack__QueueCapacity=200000 Pipeline__QueueCapacity=1000000 \
  dotnet src/SalesBot.Host/bin/Release/net10.0/SalesBot.Host.dll --urls "http://127.0.0.1:$BOT_PORT" >"$work/bot.log" 2>&1 &
pids+=($!); bot_pid=$!
(cd bench/bolt && exec node bolt-ack.mjs "$BOLT_PORT" "$SECRET") >"$work/bolt.log" 2>&1 &
pids+=($!); bolt_pid=$!

# Readiness (a start-up wait, not a measurement).
for port in $BARE_PORT $BOT_PORT $FAKE_PORT; do
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
done
for _ in $(seq 1 100); do grep -q listening "$work/bolt.log" 2>/dev/null && break; sleep 0.1; done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
posts() { curl -fs "http://127.0.0.1:$FAKE_PORT/count"; }
sign() { # run-id count -> folder
  local folder="$work/events-$1"
  dotnet "$BENCH_DLL" slack-events --out "$folder" --secret "$SECRET" --threads 2 --count "$2" --sellers "$SELLERS" --run "$1"
  echo "$folder"
}
# Waits until the fake Slack stops receiving posts (every accepted turn has sent its replies); prints the seconds it took.
drain() {
  local start last now stable=0
  start="$(date +%s.%N)"; last="$(posts)"
  while [ "$stable" -lt 3 ]; do
    sleep 0.2
    now="$(posts)"
    if [ "$now" = "$last" ]; then stable=$((stable + 1)); else stable=0; last="$now"; fi
  done
  awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s - 0.6}'
}

declare -A rps_sum turns_sum p50_list p99_list cpu_sum runs refused_sum posts_sum fake_cpu_sum
seconds="${DURATION%s}"
run() { # name kind(bare|slack|bolt) pid url script [folder] [pace-ms]
  local name="$1" kind="$2" pid="$3" url="$4" script="$5" folder="${6:-}" pace="${7:-0}"
  local before after out rps requests p50 p99 non2xx accepted drained=0 posts_before posts_after fake_before fake_after
  posts_before="$(posts)"; fake_before="$(cpu_ticks "$fake_pid")"
  before="$(cpu_ticks "$pid")"
  if [ -n "$folder" ]; then
    out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url" -- "$folder" "$pace")"
  else
    out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url")"
  fi
  [ "$kind" = slack ] && drained="$(drain)"
  after="$(cpu_ticks "$pid")"
  posts_after="$(posts)"; fake_after="$(cpu_ticks "$fake_pid")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$out")"; non2xx="${non2xx:-0}"
  accepted=$(( requests - non2xx ))
  local per=$(( accepted > 0 ? accepted : 1 ))
  local cpu_us=$(( (after - before) * 1000000 / ticks_per_second / per ))
  local turns; turns="$(awk -v a="$accepted" -v d="$seconds" -v x="$drained" 'BEGIN {printf "%.0f", a / (d + x)}')"
  local extra=""
  if [ "$kind" = slack ]; then
    local fake_us=$(( (fake_after - fake_before) * 1000000 / ticks_per_second / per ))
    extra=", $accepted turns accepted, $non2xx refused, drained in ${drained}s -> ${turns} turns/s, $(( (posts_after - posts_before) )) posts ($(awk -v p="$((posts_after - posts_before))" -v a="$per" 'BEGIN {printf "%.2f", p / a}') per turn), fake Slack CPU ${fake_us} µs/turn"
    posts_sum[$name]=$(( ${posts_sum[$name]:-0} + posts_after - posts_before ))
    fake_cpu_sum[$name]=$(( ${fake_cpu_sum[$name]:-0} + fake_us ))
  else
    turns="$rps"
    [ "$non2xx" -gt 0 ] && extra=", $non2xx non-2xx"
  fi
  echo "   $name: ${rps} req/s, p50 ${p50}, p99 ${p99}, CPU ${cpu_us} µs/request${extra}"
  rps_sum[$name]="$(awk -v a="${rps_sum[$name]:-0}" -v b="$rps" 'BEGIN {print a + b}')"
  turns_sum[$name]="$(awk -v a="${turns_sum[$name]:-0}" -v b="$turns" 'BEGIN {print a + b}')"
  refused_sum[$name]=$(( ${refused_sum[$name]:-0} + non2xx ))
  cpu_sum[$name]=$(( ${cpu_sum[$name]:-0} + cpu_us ))
  p50_list[$name]="${p50_list[$name]:-}${p50} "
  p99_list[$name]="${p99_list[$name]:-}${p99} "
  runs[$name]=$(( ${runs[$name]:-0} + 1 ))
}

K1="bare Kestrel POST /x"
S="SalesBot Slack event turn"
K2="bare Kestrel POST /x "
B="Bolt JS 5.1.0, ack only"
echo
echo "## Slack event turns, alternating, $ROUNDS rounds x $DURATION, wrk -t2 -c$CONNECTIONS, $SELLERS sellers per thread"
echo " warm-up (JIT, SQLite pages, users.info for every seller)"
wrk -t2 -c8 -d3s -s bench/wrk/bare.lua "http://127.0.0.1:$BARE_PORT/x" >/dev/null
folder="$(sign warm $((SELLERS * 2)))"
wrk -t2 -c8 -d15s -s bench/wrk/slack.lua "http://127.0.0.1:$BOT_PORT" -- "$folder" 4 >/dev/null || true
drain >/dev/null
wrk -t2 -c8 -d3s -s bench/wrk/slack.lua "http://127.0.0.1:$BOLT_PORT" -- "$folder" >/dev/null || true
rm -rf "$folder"
# Per-connection pause that offers about RATE events/s in total (the acknowledgement itself takes well under 1 ms).
pace_ms="$(awk -v c="$CONNECTIONS" -v r="$RATE" 'BEGIN {printf "%d", c * 1000 / r}')"
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round"
  run "$K1" bare "$bare_pid" "http://127.0.0.1:$BARE_PORT/x" bench/wrk/bare.lua
  folder="$(sign "s$round" "$EVENTS")"
  run "$S" slack "$bot_pid" "http://127.0.0.1:$BOT_PORT" bench/wrk/slack.lua "$folder" "$pace_ms"
  rm -rf "$folder"
  run "$K2" bare "$bare_pid" "http://127.0.0.1:$BARE_PORT/x" bench/wrk/bare.lua
  folder="$(sign "b$round" "$EVENTS")"
  run "$B" bolt "$bolt_pid" "http://127.0.0.1:$BOLT_PORT" bench/wrk/slack.lua "$folder"
  rm -rf "$folder"
done

echo
echo "| target | mean req/s (acks) | turns/s completed | p50 per round | p99 per round | ratio to bare Kestrel | server CPU per request |"
echo "|---|---|---|---|---|---|---|"
base_s="$(awk -v s="${rps_sum[$K1]}" -v n="${runs[$K1]}" 'BEGIN {print s / n}')"
base_b="$(awk -v s="${rps_sum[$K2]}" -v n="${runs[$K2]}" 'BEGIN {print s / n}')"
for name in "$K1" "$S" "$K2" "$B"; do
  mean="$(awk -v s="${rps_sum[$name]}" -v n="${runs[$name]}" 'BEGIN {printf "%.0f", s / n}')"
  turns="$(awk -v s="${turns_sum[$name]}" -v n="${runs[$name]}" 'BEGIN {printf "%.0f", s / n}')"
  case "$name" in
    "$S") base="$base_s"; completed="$turns" ;;
    "$B") base="$base_b"; completed="(none: no reply)" ;;
    *) base="$mean"; completed="-" ;;
  esac
  ratio="$(awk -v a="$turns" -v b="$base" 'BEGIN {printf "%.3f", a / b}')"
  echo "| ${name% } | $mean | $completed | ${p50_list[$name]} | ${p99_list[$name]} | $ratio | $(( cpu_sum[$name] / runs[$name] )) µs |"
done
echo
echo "SalesBot: offered ~$RATE events/s (${pace_ms} ms pause per connection); ${refused_sum[$S]} deliveries refused over all rounds;"
echo "$(awk -v p="${posts_sum[$S]}" -v r="${runs[$S]}" 'BEGIN {printf "%.0f", p / r}') chat.postMessage per run, fake Slack CPU $(( fake_cpu_sum[$S] / runs[$S] )) µs per turn (not in SalesBot's figure)."
