namespace Ferrum.Storage.Paging;

/// <summary>One page of a longer list, with the total count so a client can page on.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
