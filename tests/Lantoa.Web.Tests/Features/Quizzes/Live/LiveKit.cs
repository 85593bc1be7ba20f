using Lantoa.Web.Tests.Features.Quizzes;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Quizzes.Live;

/// <summary>The demo live show and its questions' correct options, read from the database.</summary>
internal static class LiveKit
{
    public static async Task<int> DemoShowIdAsync(TestApp app) =>
        await app.DbAsync(async db => (int)(await QuizKit.Scalar(db, "SELECT id FROM live_shows WHERE code = $1", Lantoa.Web.Features.Quizzes.Live.LiveDemoData.Code))!);

    /// <summary>The correct and one wrong option of the show's question <paramref name="number"/>.</summary>
    public static async Task<(long Right, long Wrong)> OptionsAsync(TestApp app, int showId, int number) => await app.DbAsync(async db =>
    {
        var right = (long)(await QuizKit.Scalar(db, "SELECT correct_ids[1] FROM live_show_questions WHERE show_id = $1 AND number = $2", showId, number))!;
        var wrong = (long)(await QuizKit.Scalar(db,
            "SELECT o FROM live_show_questions, unnest(option_ids) o WHERE show_id = $1 AND number = $2 AND o <> ALL (correct_ids) LIMIT 1", showId, number))!;
        return (right, wrong);
    });
}
