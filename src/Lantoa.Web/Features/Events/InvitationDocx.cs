using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Dates;
using Lantoa.Web.Features.Documents;
using static Lantoa.Web.Features.Documents.DocxBuilder;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Lantoa.Web.Features.Events;

/// <summary>Who sends the invitations and when: the plan's issuing body, place and signer (or the province's People's Committee).</summary>
public sealed record InvitationSender(string IssuingBody, string Place, DateOnly Date, SignatureBlock Signer);

/// <summary>One invited delegate: the person, the unit, the unit's number invited, the ticket code the QR carries.</summary>
public sealed record Invitee(string FullName, string? Position, string Unit, int UnitInvited, string TicketCode);

/// <summary>One session as the invitation lists it.</summary>
public sealed record InvitedSession(string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Room);

/// <summary>
/// "Giấy mời" in the Decree 30/2020 layout (the header table, "GIẤY MỜI" and its subject, "Kính gửi", the body, "Nơi
/// nhận" beside the signature, as every Lantoa document through <see cref="DocxBuilder"/>), one invitation per delegate
/// on its own page, in one .docx: the event, each session's time and room, the place, the number the delegate's unit
/// is invited to send, the reply deadline, and the QR code of the delegate's signed ticket (a PNG, with the code
/// written under it) to show at the door.
/// </summary>
public static class InvitationDocx
{
    private const string QrMark = "\u2063QR:";

    public static byte[] Write(string eventTitle, string? place, DateOnly? replyBy, IReadOnlyList<InvitedSession> sessions,
        InvitationSender sender, IReadOnlyList<Invitee> invitees)
    {
        if (invitees.Count == 0) throw new Lantoa.Domain.DomainException("Chưa có đại biểu nào được cử: chưa có giấy mời để tải.");
        var docx = DocxBuilder.Write($"Giấy mời tham dự {eventTitle}", b =>
        {
            for (var i = 0; i < invitees.Count; i++)
            {
                var who = invitees[i];
                if (i > 0) b.Add(P(new Para { PageBreakBefore = true, ExactLine = 20, MarkSize = 1 }));
                b.HeaderTable(null, sender.IssuingBody, "/GM-UBND", sender.Place, PartialDate.FromDate(sender.Date));
                b.TitleBlock("GIẤY MỜI", $"Tham dự {eventTitle}");
                var person = who.Position is null ? who.FullName : $"{who.FullName}, {who.Position}";
                b.Add(P(new Para { Style = "Centered", After = 240 }, R("Kính gửi: ", new Fmt(Bold: true)), R($"Ông/Bà {person} – {who.Unit}.")));
                b.AddBody($"{Sentence(sender.IssuingBody)} trân trọng kính mời Ông/Bà tham dự {eventTitle}.");
                if (sessions.Count == 1)
                    b.AddBody($"Thời gian: {When(sessions[0])}.");
                else
                {
                    b.AddBody("Thời gian:", keepNext: true);
                    foreach (var s in sessions) b.AddBody($"- {s.Title}: {When(s)}{(s.Room is null ? "" : $", tại {s.Room}")};");
                }
                if (place is not null) b.AddBody($"Địa điểm: {place}.");
                b.AddBody($"Số đại biểu được mời của {who.Unit}: {who.UnitInvited:00} người.");
                b.AddBody(replyBy is { } d
                    ? $"Đề nghị Ông/Bà xác nhận tham dự (tham dự, cử người khác thay hoặc không tham dự) trước ngày {d:dd/MM/yyyy}."
                    : "Đề nghị Ông/Bà xác nhận tham dự (tham dự, cử người khác thay hoặc không tham dự) với cơ quan tổ chức.");
                b.AddBody("Khi đến, Ông/Bà vui lòng đưa mã QR dưới đây cho bộ phận đón tiếp để điểm danh.");
                b.Add(P(new Para { Style = "Centered", Before = 120 }, R(QrMark + i)));
                b.Add(P(new Para { Style = "Centered", After = 120 }, R($"Mã vé: {who.TicketCode}", new Fmt(Size: 11))));
                b.SignatureTable([$"Như trên", "Lưu: VT"], sender.Signer);
            }
        });
        return WithQrCodes(docx, invitees);
    }

    private static string When(InvitedSession s)
    {
        var start = s.StartsAt.ToOffset(Lantoa.Domain.Events.VietnamTime.Offset);
        var end = s.EndsAt.ToOffset(Lantoa.Domain.Events.VietnamTime.Offset);
        return $"{start:HH} giờ {start:mm} đến {end:HH} giờ {end:mm}, ngày {start:dd/MM/yyyy}";
    }

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH LONG AN" → "Ủy ban nhân dân tỉnh Long An" (a body in capitals read in a sentence).</summary>
    private static string Sentence(string body)
    {
        var words = body.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!body.Any(char.IsLower))
            words = words.Select((w, i) => i == 0 ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w.ToLowerInvariant()).ToArray();
        var text = string.Join(' ', words);
        // Names of places after "tỉnh", "huyện" … keep their capitals.
        foreach (var head in new[] { "tỉnh ", "thành phố ", "huyện ", "thị xã " })
        {
            var at = text.IndexOf(head, StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = text[(at + head.Length)..].Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]);
            return text[..(at + head.Length)] + string.Join(' ', rest);
        }
        return text;
    }

    private static byte[] WithQrCodes(byte[] docx, IReadOnlyList<Invitee> invitees)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var main = package.MainDocumentPart!;
            foreach (var paragraph in main.Document.Body!.Descendants<Paragraph>().ToList())
            {
                var text = paragraph.InnerText;
                if (!text.StartsWith(QrMark, StringComparison.Ordinal)) continue;
                var i = int.Parse(text[QrMark.Length..], System.Globalization.CultureInfo.InvariantCulture);
                var image = main.AddImagePart(ImagePartType.Png);
                using (var png = new MemoryStream(QrPng(invitees[i].TicketCode))) image.FeedData(png);
                foreach (var run in paragraph.Elements<Run>().ToList()) run.Remove();
                paragraph.Append(new Run(Picture(main.GetIdOfPart(image), (uint)(i + 1), invitees[i].TicketCode)));
            }
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The QR code of a ticket code as PNG (QRCoder).</summary>
    public static byte[] QrPng(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return new QRCoder.PngByteQRCode(data).GetGraphic(8);
    }

    /// <summary>A 3,5 cm square inline picture; <paramref name="id"/> unique in the document.</summary>
    private static Drawing Picture(string relationshipId, uint id, string description)
    {
        const long size = 1_260_000L; // EMU: 3,5 cm
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = size, Cy = size },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"QR {id}", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"qr{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = size, Cy = size }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
