-- One wrk script for every scenario: `wrk ... -s bench/lua/scenario.lua <url> -- <scenario> <users> <password>`.
-- Each wrk thread signs in the bench users itself (through curl, in init, before wrk starts its clock,
-- once per server when BENCH_TOKENS is set; see keptToken)
-- and then spreads its requests over them, carrying their bearer tokens.

local scenario, users, password
local base
local requests = {}
local tokens, habits, statsHabits = {}, {}, {}
local counter = 0
local days = {}

local function run(command)
  local pipe = io.popen(command)
  local out = pipe:read("*a")
  pipe:close()
  return out
end

-- A sign-in is an Argon2id hash of 19 MiB. Its cost falls before wrk's clock, but its garbage does
-- not: in a 128 MB heap it fills the old generation and starts marking cycles in the measured
-- seconds. So a token is kept in BENCH_TOKENS (a directory, by the server's port), and later slices
-- against the same server use it; start_server empties the server's files.
local function keptToken(who, i, token)
  local dir = os.getenv("BENCH_TOKENS")
  if not dir then
    return token
  end
  local path = string.format("%s/%s-%s-%d", dir, wrk.port, who, i)
  if token then
    local file = assert(io.open(path, "w"))
    file:write(token)
    file:close()
    return token
  end
  local file = io.open(path, "r")
  if not file then
    return nil
  end
  token = file:read("*l")
  file:close()
  return token
end

local function signIn(i)
  -- the check-in benchmark writes as its own users, so that it changes nothing the reads see
  local who = scenario == "checkin" and "writer" or "bench"
  local kept = keptToken(who, i)
  if kept then
    return kept
  end
  local body = string.format('{"email":"%s-%d@bench.example","password":"%s"}', who, i, password)
  local out = run(string.format(
    "curl -s -X POST -H 'Content-Type: application/json' -d '%s' %s/api/v1/auth/login", body, base))
  local token = out:match('"accessToken"%s*:%s*"([^"]+)"')
  if not token then
    error("sign-in failed for " .. who .. "-" .. i .. ": " .. out)
  end
  return keptToken(who, i, token)
end

local function habitIds(token)
  local out = run(string.format("curl -s -H 'Authorization: Bearer %s' %s/api/v1/habits", token, base))
  local ids = {}
  for id in out:gmatch('"id"%s*:%s*"([0-9a-f%-]+)"') do
    ids[#ids + 1] = id
  end
  if #ids == 0 then
    error("no habits for a bench user: " .. out)
  end
  return ids
end

local function bearer(token)
  return { ["Authorization"] = "Bearer " .. token }
end

-- The soak's traffic: what an app does most (open today, look at the list, tick a habit, now and then a chart).
local MIX = { "today", "today", "today", "today", "list", "list", "list", "checkin", "checkin", "stats" }

function init(args)
  scenario, users, password = args[1], tonumber(args[2] or "8"), args[3] or "bench-password-2026"
  -- A fourth argument paces each connection: one request per that many milliseconds, a fixed rate.
  local pace = tonumber(args[4] or "0")
  if pace > 0 then
    function delay()
      return pace
    end
  end
  base = string.format("%s://%s:%s", wrk.scheme, wrk.host, wrk.port)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
  for d = 0, 49 do
    days[#days + 1] = os.date("!%Y-%m-%d", os.time() - d * 86400)
  end
  if scenario == "health" then
    requests[1] = wrk.format("GET", "/health/live")
    return
  end
  if scenario == "login" then
    for i = 0, users - 1 do
      local body = string.format('{"email":"bench-%d@bench.example","password":"%s"}', i, password)
      requests[#requests + 1] = wrk.format("POST", "/api/v1/auth/login",
        { ["Content-Type"] = "application/json" }, body)
    end
    return
  end
  for i = 0, users - 1 do
    tokens[#tokens + 1] = signIn(i)
    habits[#habits + 1] = habitIds(tokens[#tokens])
    statsHabits[#statsHabits + 1] = habits[#habits][1] -- position 0: the 3-year daily habit
  end
  for u = 1, #tokens do
    if scenario == "list" or scenario == "mixed" then
      requests[#requests + 1] = wrk.format("GET", "/api/v1/habits", bearer(tokens[u]))
    elseif scenario == "today" then
      requests[#requests + 1] = wrk.format("GET", "/api/v1/today", bearer(tokens[u]))
    elseif scenario == "stats" then
      requests[#requests + 1] = wrk.format("GET", "/api/v1/habits/" .. statsHabits[u] .. "/stats",
        bearer(tokens[u]))
    end
  end
end

local function checkIn()
  -- spread over users, their habits and the last 50 days; done or skipped
  local u = math.random(#tokens)
  local ids = habits[u]
  local headers = bearer(tokens[u])
  headers["Content-Type"] = "application/json"
  local status = math.random(10) == 1 and "skipped" or "done"
  return wrk.format("PUT", "/api/v1/habits/" .. ids[math.random(#ids)] .. "/checkins/" .. days[math.random(#days)],
    headers, '{"status":"' .. status .. '"}')
end

local function mixed()
  local u = math.random(#tokens)
  local kind = MIX[math.random(#MIX)]
  if kind == "checkin" then
    return checkIn()
  elseif kind == "stats" then
    return wrk.format("GET", "/api/v1/habits/" .. habits[u][math.random(#habits[u])] .. "/stats", bearer(tokens[u]))
  end
  return wrk.format("GET", kind == "today" and "/api/v1/today" or "/api/v1/habits", bearer(tokens[u]))
end

function request()
  counter = counter + 1
  if scenario == "mixed" then
    return mixed()
  end
  if scenario == "checkin" then
    return checkIn()
  end
  return requests[counter % #requests + 1]
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout, summary.requests))
end
