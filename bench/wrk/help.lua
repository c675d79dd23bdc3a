-- A command turn ("progress"): load state, build the report, commit state + transcript. 800 sellers per thread.
local sellers = 800
local sent = 0
local next_thread = 0

function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end

function request()
  sent = sent + 1
  local body = string.format('{"userId":"bench-%d-%d","text":"progress"}', tid or 0, sent % sellers)
  return wrk.format("POST", "/api/local/messages", { ["Content-Type"] = "application/json" }, body)
end
