-- Counts one request against fixed windows, atomically (ratelimit.SharedCounters).
-- KEYS[k]: one counter per window. ARGV[1]: 'take' counts one when every window still has room, 'peek' counts
-- nothing, 'add' counts one whatever the windows say. ARGV[2k] and ARGV[2k+1]: KEYS[k]'s limit and length (ms).
-- A window starts with the first request counted in it and ends when its key expires.
-- Answers {allowed (1 or 0), requests left in the tightest window, ms until that window ends,
--          ms until a refused request may succeed (0 when allowed)}.
local mode = ARGV[1]
local allowed = 1
local retry = 0
local counts = {}
for k, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  counts[k] = count
  if count >= tonumber(ARGV[2 * k]) then
    allowed = 0
    local ttl = redis.call('PTTL', key)
    if ttl > retry then retry = ttl end
  end
end
local counting = mode == 'add' or (mode == 'take' and allowed == 1)
local remaining = -1
local reset = 0
for k, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 * k])
  local window = tonumber(ARGV[2 * k + 1])
  local count = counts[k]
  if counting then
    count = redis.call('INCR', key)
  end
  local ttl = redis.call('PTTL', key)
  if count > 0 and ttl < 0 then
    redis.call('PEXPIRE', key, window)
    ttl = window
  end
  if ttl < 0 then ttl = window end
  local left = limit - count
  if left < 0 then left = 0 end
  if remaining < 0 or left < remaining then
    remaining = left
    reset = ttl
  end
end
return {allowed, remaining, reset, retry}
