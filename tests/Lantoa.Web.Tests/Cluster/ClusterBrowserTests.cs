using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Tests.Browser;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>Skipped, saying why, only where Debian's nginx is not installed (.ci/run installs it).</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (!Nginx.Installed) Skip = $"nginx is not installed ({Nginx.Binary}): apt-get install nginx (.ci/run does it)";
    }
}

/// <summary>
/// Real Chromium through real nginx (round robin) in front of three nodes on one database, as `./run.sh cluster` runs
/// them: sign in, then every page lands on some node — on all three — and stays signed in; each form posted (sign-in,
/// sign-out) passes antiforgery on whichever node it reaches, also when that is not the node that rendered the form.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ClusterBrowserTests(DatabaseFixture db)
{
    [NginxFact]
    public async Task Signed_in_through_nginx_the_next_pages_land_on_other_nodes_without_signing_out_and_forms_pass_antiforgery_on_another_node()
    {
        var cs = await db.NewDatabaseAsync();
        var data = Directory.CreateTempSubdirectory("lantoa-nginx-").FullName;
        var settings = new ClusterSettings { KeysInDatabase = true };
        var nodes = await Task.WhenAll(new[] { "node1", "node2", "node3" }.Select(n =>
            ClusterNode.StartAsync(db.AsApp(cs), data, settings with { NodeName = n })));
        try
        {
            await using var nginx = await Nginx.StartAsync(Path.Combine(data, "nginx"), EmbeddedPostgres.FreePort(), nodes.Select(n => n.Address.Port).ToList());
            await using var browser = await BrowserSession.StartAsync();
            var page = await browser.NewPageAsync(nginx.Address);
            var documents = new List<(string Method, string Path, int Status, string? Node)>();
            page.Response += (_, r) =>
            {
                if (r.Request.ResourceType != "document") return;
                lock (documents) documents.Add((r.Request.Method, new Uri(r.Url).AbsolutePath, r.Status, r.Headers.GetValueOrDefault("x-lantoa-node")));
            };

            var crossPosts = 0;
            for (var round = 0; round < 10 && crossPosts < 2; round++)
            {
                await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
                foreach (var path in new[] { "/Plans", "/Dashboard", "/Inbox", "/Plans", "/Account/ChangePassword", "/Dashboard" })
                {
                    var response = await page.GotoAsync(path);
                    Assert.True(response!.Ok, $"{path}: {response.Status} on {response.Headers.GetValueOrDefault("x-lantoa-node")}");
                    Assert.EndsWith(path, new Uri(page.Url).AbsolutePath); // not sent back to the login page
                    await page.WaitForSelectorAsync("[data-testid=whoami]");
                }
                await page.ClickAsync("form[action='/Account/Logout'] button");
                await page.WaitForURLAsync(u => !u.Contains("/Plans") && !u.Contains("/Dashboard"));
                crossPosts = CrossNodePosts(documents);
            }

            lock (documents)
            {
                var after = documents.SkipWhile(d => d.Method != "POST").Where(d => d.Method == "GET").Select(d => d.Node).ToList();
                Assert.DoesNotContain(null, after);
                Assert.Equal(["node1", "node2", "node3"], after.Distinct().Order()); // pages after sign-in came from every node
                Assert.DoesNotContain(documents, d => d.Method == "POST" && d.Status == 400); // no antiforgery refusal
            }
            Assert.True(crossPosts >= 2, "at least two forms were posted to another node than the one that rendered them: " + string.Join(" | ", documents));
        }
        finally
        {
            foreach (var n in nodes) await n.DisposeAsync();
        }
    }

    /// <summary>POSTs (sign-in, sign-out) answered by another node than the page whose form was posted.</summary>
    private static int CrossNodePosts(List<(string Method, string Path, int Status, string? Node)> documents)
    {
        lock (documents)
        {
            var count = 0;
            for (var i = 1; i < documents.Count; i++)
            {
                if (documents[i].Method != "POST" || documents[i].Status is < 200 or >= 400) continue;
                var form = documents.Take(i).LastOrDefault(d => d.Method == "GET");
                if (form.Node is not null && documents[i].Node is not null && form.Node != documents[i].Node) count++;
            }
            return count;
        }
    }
}
