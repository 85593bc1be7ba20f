using Deque.AxeCore.Playwright;
using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>
/// Accessibility of the public site in real Chromium: every public page (and the staff preview, which renders the same
/// way) passes axe-core with no serious or critical violation, is usable at 360 px wide with no horizontal scroll, and
/// stays within the viewport with text at 200 %.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class PublicSiteBrowserTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Every_public_page_passes_axe_and_fits_a_360_px_phone_even_with_large_text()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.SetViewportSizeAsync(360, 740);
        var pages = new[] { "/tinh", "/tinh/long-an", $"/tinh/long-an/ke-hoach/{ids.LaPlan}", "/tinh/tien-giang" }.ToList();
        var others = await app.DbAsync(async db =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Set<Lantoa.Domain.Publishing.PlanPublication>().Where(p => p.IsPublished && p.PlanId != ids.LaPlan).Select(p => p.PlanId)));
        pages.AddRange(others.Select(id => $"/tinh/long-an/ke-hoach/{id}"));
        Assert.True(pages.Count >= 5, "both of Long An's 2024 plans are published in the demo data");

        var failures = new List<string>();
        async Task CheckAsync(string url, string name)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response!.Ok, $"{url}: {response.Status}");
            var axe = await page.RunAxe();
            foreach (var v in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
                failures.Add($"{url}: axe {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
            foreach (var scale in new[] { "100%", "200%" })
            {
                await page.EvaluateAsync($"document.documentElement.style.fontSize = '{scale}'");
                var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (width > 360) failures.Add($"{url} at {scale} text: page is {width} px wide (horizontal scroll)");
                var outside = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('body *')].filter(e => {
                        const r = e.getBoundingClientRect();
                        return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || r.left < -1) && getComputedStyle(e).position !== 'absolute';
                    }).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40))
                    """);
                foreach (var o in outside) failures.Add($"{url} at {scale} text: outside the viewport: {o}");
                var clipped = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('h1, h2, h3, p, a, dd, dt, li, time')].filter(e => {
                        const s = getComputedStyle(e);
                        return (s.overflowX === 'hidden' || s.overflow === 'hidden') && e.scrollWidth > e.clientWidth + 1;
                    }).slice(0, 5).map(e => e.tagName + ': ' + (e.textContent || '').trim().slice(0, 40))
                    """);
                foreach (var c in clipped) failures.Add($"{url} at {scale} text: clipped: {c}");
            }
            await page.EvaluateAsync("document.documentElement.style.fontSize = ''");
            if (failures.Count > 0) await BrowserSession.ScreenshotAsync(page, "public-" + name);
        }

        for (var i = 0; i < pages.Count; i++) await CheckAsync(pages[i], i.ToString());

        // The staff preview renders through the same layout and partials.
        await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
        await page.SetViewportSizeAsync(360, 740);
        await CheckAsync($"/Plans/{ids.LaPlan}/Publish/Preview", "preview");
        await CheckAsync($"/Plans/{ids.LaPlan}/Publish/Preview?view=home", "preview-home");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
