using System.CommandLine;

namespace Ferrum.Cli.Infrastructure;

/// <summary>Builds the <c>ferrum</c> command tree; each area contributes its commands from its own folder.</summary>
internal static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Ferrum: iron deficiency and restless legs syndrome toolkit.");
        // Each area adds one line here: root.Subcommands.Add(XxxCommands.Create());
        root.Subcommands.Add(Assess.AssessCommand.Create(new Fhir.FhirBundleSource(), new Fhir.BulkExportSource()));
        root.Subcommands.Add(Diet.DietCommands.Create()); root.Subcommands.Add(Foods.FoodsCommands.Create());
        root.Subcommands.Add(Serve.ServeCommand.Create());
        root.Subcommands.Add(Study.StudyCommands.Create());
        root.Subcommands.Add(Fhir.SynthCommands.Create());
        root.Subcommands.Add(Labs.LabsCommands.Create());
        return root;
    }
}
