using System.Globalization;
using Ferrum.Core.Errors;

namespace Ferrum.Storage.Paging;

/// <summary>A 1-based page number and a page size of 1 to <see cref="MaxPageSize"/>.</summary>
internal readonly record struct PageRequest
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    private PageRequest(int page, int pageSize)
    {
        Page = page;
        PageSize = pageSize;
    }

    public int Page { get; }
    public int PageSize { get; }
    public int Skip => (Page - 1) * PageSize;

    /// <summary>Validates; null means the default (page 1, 20 per page). Out-of-range values fail naming the query field.</summary>
    public static PageRequest Of(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultPageSize;
        if (p < 1)
            throw new InputErrorException(new InputError("page.out-of-range", "page must be 1 or more") { Field = "page", Value = p.ToString(CultureInfo.InvariantCulture), Accepted = "1 or more" });
        if (s < 1 || s > MaxPageSize)
            throw new InputErrorException(new InputError("page.out-of-range", "pageSize is out of range") { Field = "pageSize", Value = s.ToString(CultureInfo.InvariantCulture), Accepted = "1 to 100" });
        return new PageRequest(p, s);
    }
}
