namespace SpaceCoopNews.Benchmarks;

public static class Jit
{
    /// <summary>
    /// Waits until the JIT has compiled nothing new for 300 ms (its own count of compiled methods),
    /// at most 5 s: after a warm-up it keeps recompiling hot methods in the background for a while,
    /// and on two cores that work would land in the first measured runs.
    /// </summary>
    public static void WaitToSettle()
    {
        var quiet = TimeSpan.FromMilliseconds(300);
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var unchangedSince = System.Diagnostics.Stopwatch.StartNew();
        SpinWait.SpinUntil(() =>
        {
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                unchangedSince.Restart();
            }
            return unchangedSince.Elapsed >= quiet;
        }, TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// Runs <paramref name="round"/> until a round (and the wait after it) leaves the JIT nothing
    /// new to compile, at most <paramref name="maxRounds"/> times, and returns how many rounds ran.
    /// One round and a wait are not enough: the JIT promotes a method to optimized code only once
    /// it has been called often enough after a delay, so methods still being counted when the
    /// warm-up ended were compiled during the measured runs, which then timed a server still
    /// starting up. The search bench needs 7–14 rounds before the count stops moving.
    /// </summary>
    public static async Task<int> WarmUpAsync(Func<Task> round, int maxRounds = 20)
    {
        for (var rounds = 1; ; rounds++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            await round();
            WaitToSettle();
            if (System.Runtime.JitInfo.GetCompiledMethodCount() == before || rounds == maxRounds)
            {
                return rounds;
            }
        }
    }
}
