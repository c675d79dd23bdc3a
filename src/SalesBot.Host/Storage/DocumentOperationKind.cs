namespace SalesBot.Host.Storage;

/// <summary>What one operation of an atomic batch does.</summary>
internal enum DocumentOperationKind
{
    /// <summary>Create; fails with <see cref="DocumentFailure.AlreadyExists"/> when the id is taken.</summary>
    Create,

    /// <summary>Replace under an ETag; fails with <see cref="DocumentFailure.ETagMismatch"/> or <see cref="DocumentFailure.NotFound"/>.</summary>
    Replace,

    /// <summary>Create or overwrite, unconditionally.</summary>
    Upsert,

    /// <summary>Delete, optionally under an ETag; fails with <see cref="DocumentFailure.NotFound"/> (or <see cref="DocumentFailure.ETagMismatch"/>).</summary>
    Delete,
}
