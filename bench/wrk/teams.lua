-- A signed Teams message activity per request, as the Bot Connector posts it, sent through the Teams loop's closed-loop
-- proxy (bench/SalesBot.Bench TeamsLoop: answered once the bot's reply reached the loopback Connector). 400 sellers per
-- wrk thread, each alternating "practice price" (start a drill) and a scored answer, each in their own personal chat.
-- Environment: TEAMS_TOKEN (a channel token minted by the fake Bot Connector, serviceurl = TEAMS_SERVICE_URL, valid an
-- hour), TEAMS_SERVICE_URL (the loop's /teams/ base), TEAMS_APP_ID, TEAMS_TARGET (salesbot | botbuilder | bare).
local sellers = 400
local sent = 0
local turns = {}
local next_thread = 0
local token = os.getenv("TEAMS_TOKEN") or ""
local service_url = os.getenv("TEAMS_SERVICE_URL") or ""
local app_id = os.getenv("TEAMS_APP_ID") or ""
local target = os.getenv("TEAMS_TARGET") or "salesbot"
local run = os.getenv("TEAMS_RUN") or tostring(os.time()) -- activity ids must be new in every run: SalesBot drops redeliveries
local tenant = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
local answer = "That is a fair challenge, and with a 12% cost target I would ask the same. Compared to what: the licence of your current tool, or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?"

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
  local user = string.format("%d-%d", tid or 0, seller)
  local aad = string.format("00000000-0000-4000-8000-%012d", (tid or 0) * 100000 + seller)
  local conversation = "a:bench-" .. user
  local body = string.format(
    '{"type":"message","id":"bench-%s-%s-%d","timestamp":"2026-12-01T09:30:00.000Z","channelId":"msteams","serviceUrl":"%s",' ..
    '"from":{"id":"29:bench-%s","name":"Seller %s","aadObjectId":"%s"},"recipient":{"id":"28:%s","name":"SalesBot"},' ..
    '"conversation":{"id":"%s","conversationType":"personal","tenantId":"%s"},"channelData":{"tenant":{"id":"%s"}},' ..
    '"locale":"en-US","text":"%s","textFormat":"plain"}',
    run, user, turn, service_url, user, user, aad, app_id, conversation, tenant, tenant, text)
  return wrk.format("POST", "/to/" .. target, {
    ["Content-Type"] = "application/json; charset=utf-8",
    ["Authorization"] = "Bearer " .. token,
    ["x-bench-conversation"] = conversation,
  }, body)
end
