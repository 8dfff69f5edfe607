namespace Kusama.Rpc;

/// <summary>A subscription kind: its subscribe, notification and unsubscribe names.</summary>
internal sealed class RpcSubscriptionDefinition
{
    public RpcSubscriptionDefinition(string subscribeMethod, string notificationMethod, string unsubscribeMethod, bool isUnsafe)
    {
        IsUnsafe = isUnsafe;
        SubscribeMethod = subscribeMethod;
        NotificationMethod = notificationMethod;
        UnsubscribeMethod = unsubscribeMethod;
        // Encoded once: every notification of every subscription of this kind starts with these bytes.
        NotificationPrefix = [
            .. "{\"jsonrpc\":\"2.0\",\"method\":"u8, .. RpcJson.EncodeString(notificationMethod), .. ",\"params\":{\"subscription\":"u8];
    }

    public string SubscribeMethod { get; }

    public string NotificationMethod { get; }

    public string UnsubscribeMethod { get; }

    public byte[] NotificationPrefix { get; }

    /// <summary>Starting it is unsafe: its unsubscribe name is then not listed in safe mode either.</summary>
    public bool IsUnsafe { get; }
}
