namespace Kusama.Frame.Storage;

/// <summary>
/// Changes a stored value in place; returns true to write the result, false to leave storage untouched.
/// <paramref name="state"/> carries what a closure would capture, so a <c>static</c> lambda allocates nothing.
/// </summary>
public delegate bool StorageMutation<TValue, in TState>(ref TValue value, TState state);
