-- wrk script for bench/run.sh: cycles through the request paths listed in the file named by BENCH_PATHS (one per
-- line; without it, the URL given to wrk), and prints one machine-readable line with requests/s, p50, p95, p99
-- (milliseconds), errors (socket errors plus 4xx/5xx answers) and the number of requests.
local paths = {}
local counter = 0

init = function(args)
  local file = os.getenv("BENCH_PATHS")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then paths[#paths + 1] = line end
    end
  end
  counter = math.random(1, 1000)
end

request = function()
  if #paths == 0 then return wrk.format() end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
      summary.requests))
end
