using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>The cluster commands refuse bad input in Vietnamese (exit 2) before they start anything; nginx.conf is what
/// docs/deploy.md says.</summary>
[Collection(DatabaseCollection.Name)] // the console is process-wide
public class ClusterCommandTests
{
    [Theory]
    [InlineData("cluster", "--nodes", "0")]
    [InlineData("cluster", "--nodes", "9")]
    [InlineData("bench", "quiz-cluster", "--nodes", "1", "--kill-node")]
    [InlineData("bench", "quiz-cluster", "--clients", "0")]
    public async Task Bad_options_are_refused_in_Vietnamese_with_exit_code_2(params string[] args)
    {
        var (exit, output, error) = await Lantoa.Web.Tests.Cli.Cli.RunAsync(null, args);
        Assert.Equal(2, exit);
        Assert.StartsWith("Lỗi: ", error);
        Assert.Contains("--", error);
        Assert.DoesNotContain("Khởi động", output); // nothing was started
    }

    [Fact]
    public void The_generated_nginx_conf_round_robins_over_every_node_and_upgrades_websockets()
    {
        var conf = Nginx.Config("/srv/lantoa/nginx", 5000, [5101, 5102, 5103]);
        Assert.Contains("listen 127.0.0.1:5000;", conf);
        foreach (var port in new[] { 5101, 5102, 5103 }) Assert.Contains($"server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;", conf);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", conf);
        Assert.Contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", conf);
        Assert.Contains("daemon off;", conf);
        Assert.DoesNotContain("ip_hash", conf); // no sticky sessions: any node serves any request
    }
}
