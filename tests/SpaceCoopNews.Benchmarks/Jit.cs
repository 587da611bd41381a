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
}
