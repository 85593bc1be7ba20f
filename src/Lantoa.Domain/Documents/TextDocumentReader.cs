namespace Lantoa.Domain.Documents;

// Placeholder, replaced by the parser branch (which owns this file and writes the real .txt/.md reader); it exists
// only so that Lantoa.Web's DocumentReader compiles on the helper/docx branch. Take the other branch's version at merge.
public static class TextDocumentReader
{
    public static SourceDocument Read(string fileName, byte[] bytes) => throw new NotImplementedException();
}
