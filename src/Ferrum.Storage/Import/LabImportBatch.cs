namespace Ferrum.Storage.Import;

/// <summary>A committed batch: its number (from 0), the source lines it covered and how many rows were new.</summary>
/// <param name="Index">The batch number, counted from 0 in source order.</param>
/// <param name="FirstLine">The first source line of the batch.</param>
/// <param name="LastLine">The last source line of the batch.</param>
/// <param name="Rows">Rows in the batch.</param>
/// <param name="Inserted">Rows that were not stored before (the others were already present).</param>
public sealed record LabImportBatch(int Index, long FirstLine, long LastLine, int Rows, int Inserted);
