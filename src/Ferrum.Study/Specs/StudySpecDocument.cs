namespace Ferrum.Study.Specs;

#pragma warning disable CA2227 // Collection properties are set by the YAML deserialiser.
/// <summary>The study spec as written in YAML, before validation.</summary>
internal sealed class StudySpecDocument
{
    public string? Title { get; set; }
    public bool Synthetic { get; set; }
    public string? Note { get; set; }
    public string? Id { get; set; }
    public GroupDocument? Group { get; set; }
    public List<string>? Biomarkers { get; set; }
    public string? Severity { get; set; }
    public List<string>? Covariates { get; set; }
    public List<string>? Categorical { get; set; }
    public List<string>? NonNormal { get; set; }
    public List<string>? Table1Variables { get; set; }
    public Dictionary<string, VariableDocument>? Variables { get; set; }
    public string? Table1 { get; set; }
    public string? Multiplicity { get; set; }
    public int? Seed { get; set; }
    public string? OddsRatioScale { get; set; }
    public double? ConfidenceLevel { get; set; }
    public List<List<string>>? RocComparisons { get; set; }
    public NormalisationDocument? Normalisation { get; set; }

    internal sealed class GroupDocument
    {
        public string? Column { get; set; }
        public string? Case { get; set; }
        public string? Control { get; set; }
    }

    internal sealed class VariableDocument
    {
        public string? Label { get; set; }
        public string? Unit { get; set; }
        public string? Type { get; set; }
    }

    internal sealed class NormalisationDocument
    {
        public string? Method { get; set; }
        public string? Column { get; set; }
        public List<string>? Apply { get; set; }
        public string? Log { get; set; }
    }
}
#pragma warning restore CA2227
