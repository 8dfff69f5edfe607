namespace Kusama.Frame.Hooks;

/// <summary>FRAME's <c>integrity_test</c>: checks a pallet's configuration is consistent; throws <see cref="InvalidOperationException"/> when not. Run by tests and at startup.</summary>
public interface IIntegrityTest
{
    void IntegrityTest();
}
