namespace Ferrum.Fhir.Bulk;

/// <summary>Progress of a bulk run.</summary>
/// <param name="Phase">"read" while scanning the export, "assess" while assessing patients.</param>
/// <param name="Done">Bytes read (read phase) or partitions assessed (assess phase).</param>
/// <param name="Total">Total bytes or partitions.</param>
public readonly record struct BulkProgress(string Phase, long Done, long Total);
