using Microsoft.AspNetCore.Http;

namespace Engine.Http.Access;

/// <summary>Why a request is refused before its handler runs: 401 (who are you), 403 (not yours), 429 (too many).</summary>
internal sealed record Denial(int Status, string Reason)
{
    public static Denial Unauthenticated(string reason) => new(StatusCodes.Status401Unauthorized, reason);
}
