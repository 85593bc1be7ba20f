using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Cli;

/// <summary>`lantoa --help` and every subcommand's help in Vietnamese, System.CommandLine's own texts included; parse
/// errors in Vietnamese with exit code 2.</summary>
[Collection(DatabaseCollection.Name)]
public class HelpTests
{
    private static readonly string[] English =
        ["Usage", "Options", "Commands", "Arguments", "Description", "Show help", "usage information", "Show version", "Lantoa.Web", "[command]", "[options]"];

    [Fact]
    public async Task The_help_of_every_command_is_in_Vietnamese_and_names_the_program_lantoa()
    {
        var seen = 0;
        var queue = new Queue<string[]>([[]]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            var (exit, output, error) = await Cli.RunAsync(null, [.. path, "--help"]);
            var where = "lantoa " + string.Join(" ", path) + " --help";
            Assert.True(exit == 0, $"{where}: exit {exit} {error}");
            foreach (var word in English) Assert.DoesNotContain(word, output, StringComparison.Ordinal);
            Assert.Contains("Cách dùng:\n  lantoa" + (path.Length == 0 ? "" : " " + string.Join(" ", path)), output.Replace("\r", ""));
            Assert.Contains("Hiện trợ giúp và cách dùng.", output);
            seen++;
            // The commands listed under "Lệnh:" are walked in turn.
            var lines = output.Replace("\r", "").Split('\n');
            var start = Array.IndexOf(lines, "Lệnh:");
            if (start < 0) continue;
            foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)))
                queue.Enqueue([.. path, line.Trim().Split(' ')[0]]);
        }

        Assert.True(seen > 20, $"only {seen} commands");
    }

    [Fact]
    public async Task A_wrong_command_or_a_missing_argument_is_told_in_Vietnamese_with_exit_code_2()
    {
        var (exit, _, error) = await Cli.RunAsync(null, "frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("Không hiểu lệnh hoặc đối số 'frobnicate'.", error);
        Assert.Contains("lantoa --help", error);

        (exit, _, error) = await Cli.RunAsync(null, "plan", "export");
        Assert.Equal(2, exit);
        Assert.Contains("Cần có tùy chọn '--docx'.", error);
        Assert.Contains("Lệnh 'export' còn thiếu đối số bắt buộc.", error);
        foreach (var word in new[] { "Required", "missing", "Unrecognized" }) Assert.DoesNotContain(word, error, StringComparison.Ordinal);
    }
}
