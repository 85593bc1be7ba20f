using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Web.Features.Documents;
using static Lantoa.Web.Features.Documents.DocxBuilder;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Lantoa.Web.Features.Commendations;

/// <summary>What one certificate says.</summary>
public sealed record Certificate(string Authority, string Title, string NomineeName, string? Position, string? Unit, string Reason,
    string DecisionNumber, DateOnly DecisionDate, string Place, string SignerTitle, string SignerName, string VerificationUrl, string Code);

/// <summary>
/// A certificate (Bằng khen, Giấy khen …) as .docx, in Times New Roman on the Decree's page: the authority, "TẶNG", the
/// award's title, the nominee (name, position, unit), the achievement, the decision's number and date, place and date,
/// the signer; at the foot a QR code of the public verification page (its URL also written under it, and kept as the
/// picture's description).
/// </summary>
public static class CertificateDocx
{
    public static byte[] Write(Certificate c)
    {
        var docx = DocxBuilder.Write($"{c.Title} – {c.NomineeName}", b =>
        {
            Line(b, DocxText.Upper(c.Authority), new Fmt(Bold: true, Size: 15), before: 600);
            Line(b, "TẶNG", new Fmt(Bold: true, Size: 16), before: 360);
            Line(b, DocxText.Upper(c.Title), new Fmt(Bold: true, Size: 30), before: 240);
            Line(b, c.NomineeName, new Fmt(Bold: true, Size: 18), before: 480);
            if (c.Position is not null) Line(b, c.Position, new Fmt(Size: 14), before: 120);
            if (c.Unit is not null) Line(b, c.Unit, new Fmt(Size: 14), before: 60);
            Line(b, $"Đã có thành tích {DocxText.LowerFirst(c.Reason.TrimEnd('.'))}.", new Fmt(Italic: true, Size: 14), before: 360);
            Line(b, $"Quyết định số {c.DecisionNumber} ngày {c.DecisionDate:dd/MM/yyyy}", new Fmt(Size: 13), before: 360);
            Line(b, $"{c.Place}, ngày {c.DecisionDate.Day:00} tháng {c.DecisionDate.Month:00} năm {c.DecisionDate.Year}", new Fmt(Italic: true, Size: 14), before: 240);
            Line(b, DocxText.Upper(c.SignerTitle), new Fmt(Bold: true, Size: 14), before: 120);
            Line(b, c.SignerName, new Fmt(Bold: true, Size: 14), before: 1400);
        });
        return WithQr(docx, c);
    }

    /// <summary>Every certificate in one .zip, named by order and nominee.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Docx)> certificates)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, docx) in certificates)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var s = entry.Open();
                s.Write(docx);
            }

        return stream.ToArray();
    }

    /// <summary>The QR code of <paramref name="url"/> as PNG.</summary>
    public static byte[] QrPng(string url)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        return new QRCoder.PngByteQRCode(data).GetGraphic(8);
    }

    private static void Line(DocxBuilder b, string text, Fmt fmt, int before) =>
        b.Add(P(new Para { Style = "Centered", Before = before }, R(text, fmt)));

    private static byte[] WithQr(byte[] docx, Certificate c)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var main = package.MainDocumentPart!;
            var image = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(QrPng(c.VerificationUrl))) image.FeedData(png);
            var body = main.Document.Body!;
            var section = body.Elements<SectionProperties>().Last();
            body.InsertBefore(P(new Para { Style = "Centered", Before = 360 }, new Run(Picture(main.GetIdOfPart(image), c.VerificationUrl))), section);
            body.InsertBefore(P(new Para { Style = "Centered" }, R($"Mã xác minh: {c.Code}", new Fmt(Size: 11))), section);
            body.InsertBefore(P(new Para { Style = "Centered" }, R(c.VerificationUrl, new Fmt(Size: 10))), section);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A 3 cm square inline picture.</summary>
    private static Drawing Picture(string relationshipId, string description)
    {
        const long size = 1_080_000L; // EMU: 3 cm
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = size, Cy = size },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = 1U, Name = "QR", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "qr.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = size, Cy = size }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
