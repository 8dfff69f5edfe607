namespace Kusama.Frame.Dispatch;

/// <summary>frame_support's <c>Pays</c>: whether the sender pays a fee for a call.</summary>
public enum Pays : byte
{
    Yes = 0,
    No = 1,
}
