using System.Reflection;
using System.Text;
using Kusama.Frame.Declarations;
using Kusama.Frame.Metadata;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Runtime.Pallets.Utility;
using Kusama.Scale;

namespace Kusama.Runtime.Tests.Metadata;

/// <summary>
/// The metadata files are still written by hand beside the declarations; these tests pin them to the declarations so the
/// two cannot drift: every [Call] method, event record and error variant appears in the metadata with the same index and
/// name, and nothing else does. (Reflection is fine here: it is a test, not the dispatch path.)
/// </summary>
public class DeclarationConsistencyTests
{
    public static TheoryData<string, Type> Pallets => new()
    {
        { "System", typeof(SystemPallet) },
        { "Timestamp", typeof(TimestampPallet) },
        { "Balances", typeof(BalancesPallet) },
        { "Utility", typeof(UtilityPallet) },
    };

    public static TheoryData<string, Type> Events => new()
    {
        { "System", typeof(SystemEvent) },
        { "Balances", typeof(BalancesEvent) },
        { "Utility", typeof(UtilityEvent) },
        { "TransactionPayment", typeof(TransactionPaymentEvent) },
    };

    public static TheoryData<string, Type> Errors => new()
    {
        { "System", typeof(SystemError) },
        { "Balances", typeof(BalancesError) },
        { "Utility", typeof(UtilityError) },
    };

    private static RuntimeMetadataV15 Ours => (RuntimeMetadataV15)RuntimeMetadataPrefixed.Decode(KusamaRuntime.Metadata(15)).Metadata;

    private static IReadOnlyList<Kusama.Frame.Metadata.Variant> Variants(uint? typeId)
    {
        Assert.NotNull(typeId);
        var type = Ours.Types.Find(typeId.Value)!;
        return Assert.IsType<TypeDef.Variant>(type.Type.Definition).Variants;
    }

    private static PalletMetadata Pallet(string name) => Ours.Pallets.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Pallets))]
    public void Call_metadata_lists_exactly_the_declared_calls(string pallet, Type palletType)
    {
        var declared = palletType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => (Method: m, Call: m.GetCustomAttribute<CallAttribute>()))
            .Where(x => x.Call is not null)
            .Select(x => (x.Call!.Index, Name: SnakeCase(x.Method.Name), Arity: x.Method.GetParameters().Length - 1))
            .OrderBy(x => x.Index)
            .ToArray();
        var described = Variants(Pallet(pallet).CallsType).Select(v => (v.Index, v.Name, Arity: v.Fields.Count)).OrderBy(x => x.Index).ToArray();
        Assert.Equal(declared, described);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Event_metadata_lists_exactly_the_declared_events(string pallet, Type eventType)
    {
        var declared = eventType.GetNestedTypes()
            .Select(t => (Type: t, Index: t.GetCustomAttribute<ScaleIndexAttribute>()))
            .Where(x => x.Index is not null && x.Type.IsSubclassOf(eventType))
            .Select(x => (x.Index!.Index, x.Type.Name, Arity: x.Type.GetConstructors()[0].GetParameters().Length))
            .OrderBy(x => x.Index)
            .ToArray();
        var described = Variants(Pallet(pallet).EventType).Select(v => (v.Index, v.Name, Arity: v.Fields.Count)).OrderBy(x => x.Index).ToArray();
        Assert.Equal(declared, described);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Error_metadata_lists_exactly_the_declared_errors(string pallet, Type errorType)
    {
        var declared = Enum.GetValues(errorType).Cast<object>().Select(v => (Index: Convert.ToByte(v), Name: v.ToString()!)).OrderBy(x => x.Index).ToArray();
        var described = Variants(Pallet(pallet).ErrorType).Select(v => (v.Index, v.Name)).OrderBy(x => x.Index).ToArray();
        Assert.Equal(declared, described);
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
