-- GET /api/stories/{id} over the ids listed in the file named by REVUE_IDS (one a line)
local ids = {}
for line in io.lines(os.getenv("REVUE_IDS")) do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/stories/" .. ids[(n % #ids) + 1])
end
