using Lantoa.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// The citizens' quiz page (/cuoc-thi/{id}), mobile first: the rules and the open round, then — in wwwroot/js/quiz.js —
/// start, each answer saved as it is chosen (PUT), the countdown from the server's time, submit and the score. A reload
/// restores the open attempt with every saved answer (the start returns it). Only a signed-in citizen (cookie) takes it.
/// </summary>
public sealed class Take(QuizStore store, TimeProvider clock) : CitizenPage
{
    public QuizInfo Quiz { get; private set; } = null!;
    public QuizRound? Round { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await store.QuizAsync(id, ct) is not { } quiz) return NotFound();
        Quiz = quiz;
        Now = clock.GetUtcNow();
        Round = quiz.OpenRound(Now);
        return Page();
    }

    public static string Local(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
