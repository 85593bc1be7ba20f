using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace Lantoa.Web.Cli;

/// <summary>
/// The command line's own texts in Vietnamese: System.CommandLine ships no Vietnamese resources, so its help layout
/// ("Description", "Usage", "Arguments", "Options", "Commands") is replaced by ours, its built-in options are described
/// in Vietnamese, the program is called <c>lantoa</c> (not the assembly's name), and its parse errors are translated.
/// </summary>
public static partial class VietnameseHelp
{
    public const string Program = "lantoa";

    /// <summary>Argument labels as the help shows them (the names in code stay English).</summary>
    private static readonly Dictionary<string, string> ArgumentLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["file"] = "TỆP", ["amount"] = "SỐ-TIỀN", ["text"] = "TÊN", ["group"] = "NHÓM", ["username"] = "TÊN-ĐĂNG-NHẬP",
        ["id"] = "MÃ", ["OUT"] = "TỆP-RA", ["IN"] = "TỆP-VÀO",
    };

    public static void Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "Hiện trợ giúp và cách dùng.";
                help.Action = new Action();
            }
            else if (option is VersionOption version)
            {
                version.Description = "Hiện phiên bản.";
            }
        }
    }

    /// <summary>Prints the help of the command the user asked about.</summary>
    private sealed class Action : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return 0;
        }
    }

    /// <summary>The help of <paramref name="command"/>: description, usage, arguments, options, subcommands.</summary>
    public static void Write(Command command, TextWriter output)
    {
        var sections = new List<string>();
        if (!string.IsNullOrWhiteSpace(command.Description))
            sections.Add("Mô tả:\n" + string.Join("\n", command.Description.Split('\n').Select(l => "  " + l.TrimEnd())));
        var usage = new List<string> { string.Join(" ", Path(command)) };
        usage.AddRange(command.Arguments.Where(a => !a.Hidden).Select(Label));
        if (command.Subcommands.Any(c => !c.Hidden)) usage.Add("[lệnh]");
        if (AllOptions(command).Any()) usage.Add("[tùy chọn]");
        sections.Add("Cách dùng:\n  " + string.Join(" ", usage));
        Add(sections, "Đối số:", command.Arguments.Where(a => !a.Hidden).Select(a => (Label(a), a.Description ?? "")));
        Add(sections, "Tùy chọn:", AllOptions(command).Select(o => (Label(o), o.Description ?? "")));
        Add(sections, "Lệnh:", command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(" ", new[] { c.Name }.Concat(c.Arguments.Where(a => !a.Hidden).Select(Label))), FirstLine(c.Description))));
        output.WriteLine(string.Join("\n\n", sections));
        output.WriteLine();
    }

    private static void Add(List<string> sections, string title, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        var width = list.Max(r => r.First.Length) + 2;
        sections.Add(title + "\n" + string.Join("\n", list.Select(r => "  " + r.First.PadRight(width) + r.Second)));
    }

    private static string FirstLine(string? text) => (text ?? "").Split('\n')[0].TrimEnd();

    private static IEnumerable<string> Path(Command command)
    {
        var chain = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
            chain.Insert(0, s is RootCommand ? Program : s.Name);
        return chain;
    }

    /// <summary>The command's own options and the recursive ones of its ancestors (help), hidden ones left out.</summary>
    private static IEnumerable<Option> AllOptions(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && options.All(x => x.Name != o.Name)));
        return options;
    }

    private static string Label(Argument argument) =>
        $"<{argument.HelpName ?? ArgumentLabels.GetValueOrDefault(argument.Name, argument.Name.ToUpperInvariant())}>";

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order().Append(option.Name));
        var takesValue = option.ValueType != typeof(bool) && option.ValueType != typeof(bool?) && option is not HelpOption && option is not VersionOption;
        return takesValue ? $"{names} <{option.HelpName ?? "GIÁ-TRỊ"}>" : names;
    }

    /// <summary>System.CommandLine's parse errors in Vietnamese (a message of Lantoa's own passes unchanged).</summary>
    public static string Translate(string message)
    {
        foreach (var (pattern, vietnamese) in Errors)
        {
            var m = pattern.Match(message);
            if (m.Success) return string.Format(System.Globalization.CultureInfo.InvariantCulture, vietnamese, m.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray());
        }

        return Regex.IsMatch(message, @"^[\x00-\x7F]*$") ? "Lệnh không hợp lệ: " + message : message;
    }

    private static readonly (Regex, string)[] Errors =
    [
        (new Regex(@"^Unrecognized command or argument '(.*)'\.?$"), "Không hiểu lệnh hoặc đối số '{0}'."),
        (new Regex(@"^Required argument missing for command: '(.*)'\.?$"), "Lệnh '{0}' còn thiếu đối số bắt buộc."),
        (new Regex(@"^Required argument missing for option: '(.*)'\.?$"), "Tùy chọn '{0}' cần một giá trị."),
        (new Regex(@"^Option '(.*)' is required\.?$"), "Cần có tùy chọn '{0}'."),
        (new Regex(@"^Required command was not provided\.?$"), "Hãy chọn một lệnh."),
        (new Regex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '.*'\.?$"), "Giá trị '{0}' của tùy chọn '{1}' không hợp lệ."),
        (new Regex(@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '.*'\.?$"), "Giá trị '{0}' của lệnh '{1}' không hợp lệ."),
        (new Regex(@"^Cannot parse argument '(.*)' as expected type '.*'\.?$"), "Giá trị '{0}' không hợp lệ."),
        (new Regex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline), "Giá trị '{0}' không hợp lệ; chỉ nhận:{1}"),
        (new Regex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.?$"), "Tùy chọn '{0}' chỉ nhận một giá trị (đã ghi {1})."),
        (new Regex(@"^Command '(.*)' expects a single argument but (\d+) were provided\.?$"), "Lệnh '{0}' chỉ nhận một đối số (đã ghi {1})."),
        (new Regex(@"^Command '(.*)' expects no more than (\d+) arguments, but (\d+) were provided\.?$"), "Lệnh '{0}' nhận tối đa {1} đối số (đã ghi {2})."),
        (new Regex(@"^Option '(.*)' expects (.*) arguments? but (\d+) were provided\.?$"), "Tùy chọn '{0}' nhận {1} giá trị (đã ghi {2})."),
    ];
}
