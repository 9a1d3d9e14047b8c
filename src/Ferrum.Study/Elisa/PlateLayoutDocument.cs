namespace Ferrum.Study.Elisa;

#pragma warning disable CA2227 // Collection properties are set by the YAML deserialiser.
/// <summary>The plate layout as written in YAML, before validation.</summary>
internal sealed class PlateLayoutDocument
{
    public List<StandardDocument>? Standards { get; set; }
    public List<string>? Blanks { get; set; }
    public List<ControlDocument>? Controls { get; set; }
    public List<SampleDocument>? Samples { get; set; }
    public Dictionary<string, PlateDocument>? Plates { get; set; }
    public Dictionary<string, AnalyteDocument>? Analytes { get; set; }
    public string? Model { get; set; }
    public string? Weighting { get; set; }
    public string? Unit { get; set; }
    public QcDocument? Qc { get; set; }

    internal sealed class StandardDocument
    {
        public string? Level { get; set; }
        public List<string>? Wells { get; set; }
        public double? Concentration { get; set; }
        public Dictionary<string, double>? Concentrations { get; set; }
    }

    internal sealed class ControlDocument
    {
        public string? Id { get; set; }
        public List<string>? Wells { get; set; }
        public Dictionary<string, double>? Expected { get; set; }
    }

    internal sealed class SampleDocument
    {
        public string? Id { get; set; }
        public List<string>? Wells { get; set; }
        public double? Dilution { get; set; }
    }

    internal sealed class PlateDocument
    {
        public List<SampleDocument>? Samples { get; set; }
    }

    internal sealed class AnalyteDocument
    {
        public string? Unit { get; set; }
        public string? Model { get; set; }
        public string? Weighting { get; set; }
    }

    internal sealed class QcDocument
    {
        public double? RecoveryMinPercent { get; set; }
        public double? RecoveryMaxPercent { get; set; }
        public double? MaxCvPercent { get; set; }
        public double? MinStandardsPassingPercent { get; set; }
        public double? SignalMin { get; set; }
        public double? SignalMax { get; set; }
    }
}
#pragma warning restore CA2227
