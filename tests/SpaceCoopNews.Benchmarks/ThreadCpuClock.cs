using System.Runtime.InteropServices;

namespace SpaceCoopNews.Benchmarks;

/// <summary>
/// CPU time consumed by the calling thread (Linux getrusage RUSAGE_THREAD). On a shared machine
/// wall-clock time counts the minutes other processes hold the core; thread CPU time measures
/// what "one core" means in the targets.
/// </summary>
internal static class ThreadCpuClock
{
    private const int RusageThread = 1;

    public static bool IsSupported => OperatingSystem.IsLinux();

    public static TimeSpan Now()
    {
        // struct rusage starts with two struct timevals (user, system): seconds then microseconds.
        var usage = new long[18];
        if (GetRUsage(RusageThread, usage) != 0) throw new InvalidOperationException("getrusage failed");
        var microseconds = (usage[0] + usage[2]) * 1_000_000 + usage[1] + usage[3];
        return TimeSpan.FromMicroseconds(microseconds);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, [Out] long[] usage);
}
