namespace SalesBot.Host.Storage;

/// <summary>One operation of an atomic batch (<see cref="IDocumentStore.CommitBatchAsync"/>).</summary>
internal sealed record DocumentOperation
{
    private DocumentOperation(DocumentOperationKind kind, string id, DocumentWrite? document, string? ifMatch)
    {
        Kind = kind;
        Id = id;
        Document = document;
        IfMatch = ifMatch;
    }

    public DocumentOperationKind Kind { get; }

    public string Id { get; }

    /// <summary>What to write (null for a delete).</summary>
    public DocumentWrite? Document { get; }

    /// <summary>The ETag the document must still have (replace: required; delete: optional).</summary>
    public string? IfMatch { get; }

    public static DocumentOperation Create(DocumentWrite document) => new(DocumentOperationKind.Create, Checked(document).Id, document, null);

    public static DocumentOperation Replace(DocumentWrite document, string ifMatch)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return new(DocumentOperationKind.Replace, Checked(document).Id, document, ifMatch);
    }

    public static DocumentOperation Upsert(DocumentWrite document) => new(DocumentOperationKind.Upsert, Checked(document).Id, document, null);

    public static DocumentOperation Delete(string id, string? ifMatch = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(DocumentOperationKind.Delete, id, null, ifMatch);
    }

    private static DocumentWrite Checked(DocumentWrite document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document;
    }
}
