namespace Kusama.Runtime;

/// <summary>The runtime-level types a pallet's metadata refers to: <c>RuntimeCall</c>, <c>RuntimeEvent</c> and <c>OriginCaller</c> ids in one registry.</summary>
/// <param name="Call">The <c>RuntimeCall</c> enum (Utility's calls hold it).</param>
/// <param name="Event">The <c>RuntimeEvent</c> enum (System's <c>Events</c> storage holds it).</param>
/// <param name="OriginCaller">The <c>OriginCaller</c> enum (Utility's <c>dispatch_as</c> takes it).</param>
public sealed record RuntimeTypeIds(uint Call, uint Event, uint OriginCaller);
