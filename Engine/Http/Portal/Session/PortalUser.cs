using System.Security.Claims;
using Engine.Http.Access;

namespace Engine.Http.Portal.Session;

/// <summary>
/// Who is signed in to the pages: the key the session was opened with, looked up again in the key file on every
/// request, so a key removed from the file ends its sessions at once (fail closed).
/// </summary>
internal static class PortalUser
{
    public const string Scheme = "portal";
    public const string KeyIdClaim = "engine:key";

    public static ClaimsPrincipal Principal(Caller caller) =>
        new(new ClaimsIdentity([new Claim(KeyIdClaim, caller.KeyId)], Scheme));

    /// <summary>The caller of a signed-in request as the key file says today, or null when not signed in or the key is gone.</summary>
    public static Caller? Current(ClaimsPrincipal? principal, ApiKeyFile keys) =>
        principal?.FindFirst(KeyIdClaim)?.Value is { } id ? keys.Find(id) : null;
}
