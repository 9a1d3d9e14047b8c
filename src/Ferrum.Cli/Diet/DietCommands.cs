using System.CommandLine;
using Ferrum.Cli.Foods;
using Ferrum.Cli.Infrastructure;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Meals;
using Ferrum.Nutrition.Planning;
using Ferrum.Nutrition.Reports;

namespace Ferrum.Cli.Diet;

/// <summary><c>ferrum diet analyze|plan</c>: absorbed iron per meal and day; optimised plans.</summary>
internal static class DietCommands
{
    public static Command Create()
    {
        var diet = new Command("diet", "Absorbed-iron diet analysis and planning.");
        var o = new DietOptions();

        var meals = new Argument<FileInfo>("MEALS") { Description = "Meals JSON: {\"meals\": [{\"name\", \"items\": [{\"food\", \"grams\"}]}]}." };
        var analyze = new Command("analyze", "Estimate iron, heme iron and absorbed iron per meal and day, with advice.") { meals };
        o.AddTo(analyze, plan: false);
        analyze.SetAction((pr, ct) => CliRunner.RunAsync(async token =>
        {
            var file = pr.GetValue(meals)!;
            if (!file.Exists) throw new InputErrorException(new InputError("meals.file-missing", "file not found") { File = file.FullName });
            var table = await FoodStore.LoadWithDefaultAsync(pr.GetValue(o.Store), Console.Error, token);
            var days = MealsJson.Parse(File.ReadAllText(file.FullName), table, file.Name);
            var model = new AbsorptionModel(pr.GetValue(o.Ferritin));
            var pattern = o.Pattern(pr);
            var req = pr.GetValue(o.Sex) is null && pr.GetValue(o.Target) is null ? null : o.Requirement(pr, pattern);
            Render(pr, o, DietEngine.Analyze(days, table, model, pattern, req));
            return CliRunner.Ok;
        }, Console.Error, ct));
        diet.Subcommands.Add(analyze);

        var plan = new Command("plan", "Plan days that meet the absorbed-iron target (Google OR-Tools), checked with the exact model.");
        o.AddTo(plan, plan: true);
        plan.SetAction((pr, ct) => CliRunner.RunAsync(async token =>
        {
            var table = await FoodStore.LoadWithDefaultAsync(pr.GetValue(o.Store), Console.Error, token);
            var model = new AbsorptionModel(pr.GetValue(o.Ferritin));
            var pattern = o.Pattern(pr);
            if (pr.GetValue(o.Sex) is null || pr.GetValue(o.Age) is null)
                throw new InputErrorException(new InputError("plan.person-missing", "--sex and --age are required") { Field = "sex/age", Accepted = "--sex female|male --age 1-120" });
            var req = o.Requirement(pr, pattern);
            IReadOnlyList<Meal>? usual = null;
            if (pr.GetValue(o.Usual) is { } uf)
            {
                if (!uf.Exists) throw new InputErrorException(new InputError("meals.file-missing", "file not found") { File = uf.FullName });
                usual = MealsJson.Parse(File.ReadAllText(uf.FullName), table, uf.Name)[0];
            }
            var request = new PlanRequest
            {
                AbsorbedTargetMg = req.AbsorbedTargetMg, IronUlMg = req.UlMg, Model = model, Pattern = pattern,
                Kcal = pr.GetValue(o.Kcal), Meals = pr.GetValue(o.Meals), Days = pr.GetValue(o.Days),
                MaxFoodsPerMeal = pr.GetValue(o.MaxFoods), MinFoodGroups = pr.GetValue(o.MinGroups),
                Exclude = (pr.GetValue(o.Exclude) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Usual = usual,
            };
            var report = DietEngine.Plan(request, table, req);
            var result = report.Plan!;
            Render(pr, o, report);
            if (result.Feasible) return CliRunner.Ok;
            if (pr.GetValue(o.Format) != "json") foreach (var e in result.Explanation) Console.Out.WriteLine(e);
            Console.Error.WriteLine($"error: no plan meets every constraint; binding: {result.BindingConstraint} [plan.infeasible]");
            return CliRunner.BadInput;
        }, Console.Error, ct));
        diet.Subcommands.Add(plan);
        return diet;
    }

    private static void Render(ParseResult pr, DietOptions o, DietReport report)
    {
        var format = pr.GetValue(o.Format);
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            DietReportWriter.WriteJson(stdout, report);
            stdout.WriteByte((byte)'\n');
        }
        else DietReportWriter.WriteText(Console.Out, report);
    }
}
