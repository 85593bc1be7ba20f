using Lantoa.Web.Cli;

return await LantoaCli.RunAsync(args);
