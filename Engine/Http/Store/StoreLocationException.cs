namespace Engine.Http.Store;

/// <summary>A <c>--db</c> value that names no usable store; the message names the value's part that failed.</summary>
internal sealed class StoreLocationException(string message, Exception? inner = null) : Exception(message, inner);
