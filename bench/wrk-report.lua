-- wrk script for bench/run.sh: cycles through the request paths listed in the file named by BENCH_PATHS (one per
-- line; without it, the URL given to wrk), and prints one machine-readable line with requests/s, p50, p95, p99
-- (milliseconds), errors (socket errors plus 4xx/5xx answers) and the number of requests.
-- Thread i of n asks paths i, i + n, i + 2n...: no path is asked twice before the list is through, so a case
-- whose paths are each meant to be asked once (the uncached ones) is not partly answered from the cache.
-- With BENCH_DISTINCT=1 a path asked again after the list is through gets &pass=N, so a server fast enough to get
-- through the list in the time given still meets only URIs it has not answered before.
local paths = {}
local counter = 0
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
local created = 0
local distinct = os.getenv("BENCH_DISTINCT") == "1"

setup = function(thread)
  thread:set("thread_index", created)
  created = created + 1
end

init = function(args)
  local file = os.getenv("BENCH_PATHS")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then paths[#paths + 1] = line end
    end
  end
  counter = thread_index or 0
end

request = function()
  if #paths == 0 then return wrk.format() end
  local path = paths[(counter % #paths) + 1]
  local pass = math.floor(counter / #paths)
  if distinct and pass > 0 then path = path .. "&pass=" .. pass end
  counter = counter + threads
  return wrk.format(nil, path)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
      summary.requests))
end
