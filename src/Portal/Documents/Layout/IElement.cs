namespace AdviceIntake.Portal.Documents.Layout;

/// <summary>Something a page's column holds: it lays itself out at a width as slices a page can break between.</summary>
internal interface IElement
{
    IEnumerable<Slice> Lay(double width);
}
