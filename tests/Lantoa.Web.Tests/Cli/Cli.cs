using Lantoa.Web.Cli;

namespace Lantoa.Web.Tests.Cli;

/// <summary>
/// Runs Lantoa's command line in-process and captures what it prints. The console and the environment are process-wide,
/// so callers sit in the "database" collection, where no other test runs meanwhile.
/// </summary>
internal static class Cli
{
    /// <param name="connectionString">ConnectionStrings__Lantoa for the run (null: leave the environment as it is).</param>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string? connectionString, params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var previous = Environment.GetEnvironmentVariable("ConnectionStrings__Lantoa");
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        if (connectionString is not null) Environment.SetEnvironmentVariable("ConnectionStrings__Lantoa", connectionString);
        try
        {
            return (await LantoaCli.RunAsync(args), o.ToString(), e.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Lantoa", previous);
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
