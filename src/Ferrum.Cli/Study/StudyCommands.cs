using System.CommandLine;

namespace Ferrum.Cli.Study;

/// <summary>The <c>ferrum study</c> command group: elisa, analyze, demo, power.</summary>
internal static class StudyCommands
{
    public static Command Create()
    {
        var study = new Command("study", "Case–control biomarker studies: ELISA plates to a publication-ready report.");
        study.Subcommands.Add(ElisaCommand.Create());
        study.Subcommands.Add(AnalyzeCommand.Create());
        study.Subcommands.Add(DemoCommand.Create());
        study.Subcommands.Add(PowerCommand.Create());
        return study;
    }
}
