using Ferrum.Storage.Paging;

namespace Ferrum.Web.Api.Common;

/// <summary>A page of results as the API returns it.</summary>
internal sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int TotalPages)
{
    public static PageDto<T> From<TSource>(Page<TSource> page, Func<TSource, T> map) =>
        new([.. page.Items.Select(map)], page.PageNumber, page.PageSize, page.Total, page.TotalPages);
}
