-- Signed Slack Events API deliveries (message.im), read from a batch pre-signed by `SalesBot.Bench slack-events` just
-- before the run: one file per wrk thread, one request per line "timestamp<TAB>signature<TAB>body", each with a fresh
-- event_id (SalesBot drops a repeated event id as a duplicate, so none is reused).
-- Usage: wrk -t2 -cN ... -s bench/wrk/slack.lua <url> -- <folder with events-N.txt> [delay-ms]
-- delay-ms (optional) paces each connection: SalesBot acknowledges at once and works afterwards, so an unpaced closed loop
-- would queue events far faster than any bot can answer them; a fixed offered rate above capacity measures capacity
-- (the queue then drains after the run). Bolt only acknowledges, so it runs unpaced.
-- When a thread's file runs out it sends an unsigned request (a 401, counted as non-2xx) once a second.
local next_thread = 0
local file
local pace = 0
local exhausted = false

function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  local folder = args[1] or "."
  pace = tonumber(args[2] or "0") or 0
  file = assert(io.open(folder .. "/events-" .. tid .. ".txt", "r"))
end

function delay()
  if exhausted then
    return 1000
  end
  return pace
end

function request()
  local line = file:read("*l")
  if line == nil then
    exhausted = true
    return wrk.format("POST", "/slack/events", { ["Content-Type"] = "application/json" }, "{}")
  end
  local ts, sig, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
  return wrk.format("POST", "/slack/events", {
    ["Content-Type"] = "application/json",
    ["X-Slack-Request-Timestamp"] = ts,
    ["X-Slack-Signature"] = sig,
  }, body)
end
