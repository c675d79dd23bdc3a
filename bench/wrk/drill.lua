-- One drill turn per request, as 400 sellers per wrk thread: each seller alternates "practice price" (a new drill:
-- load state, pick a phrasing, commit) and a scored answer (load, score, move the drill on, commit + transcript).
local sellers = 400
local sent = 0
local turns = {}
local answer = "That is a fair challenge, and with a 12% cost target I would ask the same. Compared to what: the licence of your current tool, or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?"
local next_thread = 0

function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end

function request()
  sent = sent + 1
  local seller = sent % sellers
  local turn = (turns[seller] or 0) + 1
  turns[seller] = turn
  local text = (turn % 2 == 1) and "practice price" or answer
  local body = string.format('{"userId":"bench-%d-%d","text":"%s"}', tid or 0, seller, text)
  return wrk.format("POST", "/api/local/messages", { ["Content-Type"] = "application/json" }, body)
end
