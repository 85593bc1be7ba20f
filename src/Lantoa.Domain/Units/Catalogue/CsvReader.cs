using System.Runtime.CompilerServices;
using System.Text;

[assembly: InternalsVisibleTo("Lantoa.Domain.Tests")]

namespace Lantoa.Domain.Units.Catalogue;

/// <summary>A minimal RFC 4180 reader: comma-separated fields, quoted fields with commas, line breaks and doubled quotes.</summary>
public static class CsvReader
{
    /// <summary>The records of <paramref name="reader"/>, each with the 1-based line on which it starts; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (fieldStarted || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return (recordLine, fields.ToArray());
                    }

                    (fields, field, fieldStarted) = ([], new StringBuilder(), false);
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new InvalidDataException($"Unclosed quoted field in the record starting on line {recordLine}.");
        }

        if (fieldStarted || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }
}
