using System.Text;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Web.Infrastructure.Web;

namespace Lantoa.Web.Features.Budgets;

/// <summary>Reads an uploaded .csv or .xlsx into rows of cells, with a Vietnamese message when it cannot.</summary>
public static class UploadedTable
{
    /// <summary>An .xlsx is read on <paramref name="workers"/> (bounded pool, time budget) when given.</summary>
    public static async Task<(IReadOnlyList<IReadOnlyList<string?>>? Grid, string? Error)> ReadAsync(IFormFile? file,
        Lantoa.Web.Infrastructure.Files.UploadWorkers? workers = null, CancellationToken ct = default)
    {
        if (file is null || file.Length == 0) return (null, "Chưa chọn tệp, hoặc tệp rỗng.");
        if (file.Length > BudgetLimits.MaxUploadBytes)
            return (null, UploadLimits.TooLarge(file.Length, BudgetLimits.MaxUploadBytes, file.FileName));
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        await using var stream = file.OpenReadStream();
        switch (extension)
        {
            case ".csv":
            case ".txt":
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var text = await reader.ReadToEndAsync();
                if (text.Contains('\0')) return (null, $"Tệp \"{file.FileName}\" không phải là tệp văn bản.");
                try
                {
                    IReadOnlyList<IReadOnlyList<string?>> rows = text.Contains('\t') && extension == ".txt"
                        ? text.Split('\n').Select(l => (IReadOnlyList<string?>)l.TrimEnd('\r').Split('\t')).ToList()
                        : CsvReader.Read(new StringReader(text)).Select(r => (IReadOnlyList<string?>)r.Fields).ToList();
                    return (rows, null);
                }
                catch (InvalidDataException)
                {
                    // The reader's own message is technical English: an opening quote (") never closed.
                    return (null, $"Tệp \"{file.FileName}\" không phải là tệp CSV hợp lệ: có dấu ngoặc kép (\") mở mà không đóng. Chưa nhập gì.");
                }
            }
            case ".xlsx":
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                buffer.Position = 0;
                try
                {
                    return (workers is null ? EstimateWorkbook.ReadGrid(buffer) : await workers.RunAsync(budget => EstimateWorkbook.ReadGrid(buffer, budget), ct), null);
                }
                catch (Lantoa.Domain.DomainException e)
                {
                    return (null, e.Message);
                }
            }
            default:
                return (null, $"Không đọc được tệp \"{file.FileName}\": chỉ nhận tệp .xlsx hoặc .csv.");
        }
    }
}
