namespace Engine.Http.Access;

// Route metadata naming the key a route asks for. The checks are in AccessFilter and the handlers; the OpenAPI
// document reads these markers to state each operation's security, and refuses to describe a route without one.
// (SubmitKeyRequired, next to AccessFilter, is the third.)

/// <summary>Reads need a key unless the key file makes them public or there is no key file.</summary>
internal sealed class ReadKeyRequired;

/// <summary>Anyone may call; a key that is presented must still be valid, and an admin key may be answered more.</summary>
internal sealed class NoKeyRequired;
