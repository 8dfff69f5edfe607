namespace Kusama.Scale;

/// <summary>A type that is its own codec, so it can be used wherever a codec is expected (<c>VecCodec&lt;Header, Header&gt;</c>).</summary>
public interface IScaleCodec<TSelf> : ICodec<TSelf> where TSelf : IScaleCodec<TSelf>;
