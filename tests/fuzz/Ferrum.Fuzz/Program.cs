using System.Text;
using Ferrum.Clinical.Json;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Input;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;
using Ferrum.Study.Data;
using Ferrum.Study.Elisa;
using Ferrum.Study.Specs;
using SharpFuzz;

namespace Ferrum.Fuzz;

/// <summary>
/// AFL++ harness (SharpFuzz, out of process): one parser per target. A parser may reject input only with
/// <see cref="InputErrorException"/> (or a failed read result); any other exception is a crash AFL++ keeps.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["assess-json"] = b => AssessmentInputReader.Read(new MemoryStream(b)),
        ["fhir-json"] = b => FhirJson.Parse(Encoding.UTF8.GetString(b), "fuzz.json"),
        ["study-csv"] = b => DatasetReader.Read(new MemoryStream(b), "fuzz.csv"),
        ["study-xlsx"] = b => DatasetReader.Read(new MemoryStream(b), "fuzz.xlsx"),
        ["study-yaml"] = b => StudySpecReader.Read(new StringReader(Encoding.UTF8.GetString(b)), "fuzz.yaml"),
        ["layout-yaml"] = b => PlateLayoutReader.Read(new StringReader(Encoding.UTF8.GetString(b)), "fuzz.yaml"),
        ["plate-csv"] = b => PlateFileReader.Read(new MemoryStream(b), "fuzz.csv"),
        ["meals-json"] = b => MealsJson.Parse(Encoding.UTF8.GetString(b), FoodTable.Default, "fuzz.json"),
    };

    public static int Main(string[] args)
    {
        if (args.Length != 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: Ferrum.Fuzz TARGET   (" + string.Join(", ", Targets.Keys) + ")");
            return 2;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            try
            {
                target(buffer.ToArray());
            }
            catch (InputErrorException)
            {
                // The documented way to reject bad input.
            }
        });
        return 0;
    }
}
