-- Search under load: each request is the next of the search bench's queries, in turn.
-- Usage (a server on the 100,000-story bench database, bound to 127.0.0.1):
--   wrk -t2 -c32 -d20s --latency -s tests/SpaceCoopNews.Benchmarks/load/search-load.lua http://127.0.0.1:5097
local qs = {"q=station", "q=%22docking+port%22", "q=cosmo*", "agency=nasa", "q=launch&agency=european-space-agency",
  "agency=nasa&mission=iss&from=2010-01-01&to=2015-12-31", "q=Russian+space+agency", "q=zzqxvy", "q=space&page=50",
  "q=the", "q=space&sort=newest", "q=heat+shield", "q=rocket", "q=orbit+crew"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/search?" .. qs[(i % #qs) + 1])
end
