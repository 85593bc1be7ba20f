namespace Lantoa.Web.Tests.Features.Documents;

internal static class CorpusDocx
{
    public static readonly string[] Names = [];

    public static byte[] Write(string name) => throw new ArgumentException(name);
}
