namespace Ferrum.Storage.Foods;

/// <summary>One food of the user's food database: nutrients per 100 g, diet flags, usual portion and citation.</summary>
internal sealed class FoodEntity
{
    /// <summary>Ferrum food id (<c>sr28-NNNNN</c>, <c>fdc-N</c>, or a curated slug migrated from a JSON store).</summary>
    public string Id { get; set; } = "";
    /// <summary>Where the food came from: <c>sr28</c>, <c>fdc</c> or <c>json</c>.</summary>
    public string Source { get; set; } = "";
    /// <summary>The food's id in its source (NDB number, FDC id); unique together with <see cref="Source"/>.</summary>
    public string SourceId { get; set; } = "";
    public string Name { get; set; } = "";
    public string FoodGroup { get; set; } = "";
    public string? Ndb { get; set; }
    public bool Animal { get; set; }
    public bool Plannable { get; set; }
    public double? Kcal { get; set; }
    public double? ProteinG { get; set; }
    public double? FatG { get; set; }
    public double? CarbohydrateG { get; set; }
    public double? IronMg { get; set; }
    public double? VitaminCMg { get; set; }
    public double? CalciumMg { get; set; }
    public double? PortionAmount { get; set; }
    public string? PortionDescription { get; set; }
    public double? PortionGrams { get; set; }
    public string CitationSource { get; set; } = "";
    public string CitationLocator { get; set; } = "";
}
