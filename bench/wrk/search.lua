-- GET /api/search?q=WORD over the words listed in the file named by REVUE_WORDS (one a line)
local words = {}
for line in io.lines(os.getenv("REVUE_WORDS")) do words[#words + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. words[(n % #words) + 1])
end
