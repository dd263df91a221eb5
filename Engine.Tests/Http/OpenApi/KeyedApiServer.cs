namespace Engine.Tests.Http.OpenApi;

/// <summary>One server with a key file (an admin key) for the tests that only read the document or call the service.</summary>
public sealed class KeyedApiServer : IAsyncLifetime
{
    internal ApiServer Server { get; private set; } = null!;

    internal string Admin { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Server = await ApiServer.StartAsync();
        Admin = Server.AddKey(null, admin: true);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
