-- wrk: POST /api/orders as a random one of the benchmark's users (one bearer token a line in $BENCH_TOKENS).
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end

math.randomseed(os.time())
wrk.method = "POST"
wrk.path = "/api/orders"
wrk.body = '{"amount":1.00,"description":"bench"}'

request = function()
    local headers = {["Content-Type"] = "application/json",
                     ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]}
    return wrk.format(nil, nil, headers)
end
