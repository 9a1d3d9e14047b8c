using System.CommandLine;
using System.Text.Json;
using Ferrum.Cli.Infrastructure;
using Ferrum.Core.Errors;
using Ferrum.Study.Power;

namespace Ferrum.Cli.Study;

/// <summary><c>ferrum study power (--auc A | --effect-size D) [--power 0.8] [--alpha 0.05] [--controls-per-case 1] [--format text|json]</c>.</summary>
internal static class PowerCommand
{
    public static Command Create()
    {
        var auc = new Option<double?>("--auc") { Description = "Target AUC of the biomarker (tested against 0.5)." };
        var effect = new Option<double?>("--effect-size") { Description = "Target standardised mean difference (Cohen's d)." };
        var power = new Option<double>("--power") { Description = "Power, 1 − β (default 0.8).", DefaultValueFactory = _ => 0.8 };
        var alpha = new Option<double>("--alpha") { Description = "Two-sided significance level (default 0.05).", DefaultValueFactory = _ => 0.05 };
        var kappa = new Option<double>("--controls-per-case") { Description = "Controls per case for --auc (default 1).", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("power", "Sample size per group for a target AUC or effect size.");
        foreach (var o in new Option[] { auc, effect, power, alpha, kappa, format }) command.Options.Add(o);
        command.SetAction((parse, ct) => CliRunner.RunAsync(_ =>
        {
            var (a, d) = (parse.GetValue(auc), parse.GetValue(effect));
            if (a is null == d is null)
                throw new InputErrorException(new InputError("study.power-target", "give exactly one target") { Accepted = "--auc 0.5–1 or --effect-size > 0" });
            var plan = a is { } target
                ? StudyPower.ForAuc(target, parse.GetValue(power), parse.GetValue(alpha), parse.GetValue(kappa))
                : StudyPower.ForEffectSize(d!.Value, parse.GetValue(power), parse.GetValue(alpha));
            if (parse.GetValue(format) == "json")
                Console.Out.WriteLine(JsonSerializer.Serialize(new { cases = plan.Cases, controls = plan.Controls, n = plan.Calculation.N, effect = plan.Calculation.Effect, sigLevel = plan.Calculation.SigLevel, power = plan.Calculation.Power, method = plan.Calculation.Method, note = plan.Calculation.Note }));
            else
                Console.Out.WriteLine(plan.Summary);
            return Task.FromResult(CliRunner.Ok);
        }, Console.Error, ct));
        return command;
    }
}
