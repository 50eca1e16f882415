-- POST /api/articles: batches of REVUE_BATCH articles, each a new id, texts taken in turn from the JSON
-- strings (one a line, already escaped) of the file named by REVUE_TEXTS
local texts = {}
for line in io.lines(os.getenv("REVUE_TEXTS")) do texts[#texts + 1] = line end
local batch = tonumber(os.getenv("REVUE_BATCH") or "50")
local thread_id = 0
local counter = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end
request = function()
  local items = {}
  for i = 1, batch do
    counter = counter + 1
    local t = texts[(counter % #texts) + 1]
    items[i] = '{"id":"load-' .. tid .. '-' .. counter .. '","text":' .. t .. '}'
  end
  return wrk.format("POST", "/api/articles", {["Content-Type"] = "application/json"}, "[" .. table.concat(items, ",") .. "]")
end
