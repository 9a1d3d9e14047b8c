-- wrk script: POST the sample assessment (DESIGN.md input JSON) to /api/assessments and print a JSON summary.
local f = assert(io.open(os.getenv("FERRUM_LOAD_BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

-- Paced mode: FERRUM_LOAD_DELAY_MS makes every connection wait that long before each request, so
-- connections × 1000 / delay bounds the offered rate (bench/load/run.sh RATES=…); unset = as fast as possible.
local pace = tonumber(os.getenv("FERRUM_LOAD_DELAY_MS") or "")
if pace then
  function delay()
    return pace
  end
end

local non2xx = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, t in ipairs(threads) do bad_total = bad_total + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"rps":%.1f,"p50Ms":%.3f,"p90Ms":%.3f,"p99Ms":%.3f,"maxMs":%.3f,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad_total, e.connect + e.read + e.write + e.timeout))
end
