// polkadot-api 2.2.2 against a real `kusama --dev --dev-block-time 1000`: read System.Account and sign and submit a
// transfer through the new JSON-RPC spec (chainHead_v1 / transaction_v1 / chainSpec_v1), then again with those groups
// hidden from `rpc_methods` so PAPI translates everything onto the legacy methods (client-interop.md §2).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { middleware } from '@polkadot-api/ws-middleware';
import { WebSocket } from '@polkadot/x-ws';
import { createClient, Enum } from 'polkadot-api';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { getWsProvider, getWsRawProvider, SocketEvents } from 'polkadot-api/ws';
import { chainInfo, startDevNode, withTimeout } from './lib/dev-node.mjs';

const KSM = 10n ** 12n;
const DEV_ENDOWMENT = 1_000_000n * KSM;
const NEW_SPEC_GROUPS = ['chainHead_v1', 'transaction_v1', 'transactionWatch_v1', 'chainSpec_v1', 'archive_v1'];

let node;
let devChain;
let keyring;
let advertised;
const clients = [];

before(async () => {
  await cryptoWaitReady();
  devChain = chainInfo('dev');
  keyring = new Keyring({ ss58Format: 2, type: 'sr25519' });
  node = await startDevNode();
  advertised = (await node.http('rpc_methods')).result?.methods ?? [];
}, { timeout: 60_000 });

after(async () => {
  for (const client of clients) {
    client.destroy();
  }

  await node?.stop();
}, { timeout: 30_000 });

// Sits right above the socket: answers to rpc_methods lose every new-spec method, so PAPI's hybrid middleware emulates
// those groups with legacy calls, exactly as it does against a legacy-only node.
const hideNewSpec = (base) => (onMessage, onHalt) => {
  const methodsCalls = new Set();
  const connection = base((message) => {
    if (methodsCalls.delete(message.id) && Array.isArray(message.result?.methods)) {
      const methods = message.result.methods.filter((method) => !NEW_SPEC_GROUPS.some((group) => method.startsWith(group)));

      onMessage({ ...message, result: { ...message.result, methods } });

      return;
    }

    onMessage(message);
  }, onHalt);

  return {
    disconnect: connection.disconnect,
    send (message) {
      if (message.method === 'rpc_methods') {
        methodsCalls.add(message.id);
      }

      connection.send(message);
    }
  };
};

/** A PAPI client over the node's WebSocket that records every method it puts on the wire. */
function connect ({ legacy }) {
  const wire = new Set();
  const logger = (event) => {
    if (event.type === SocketEvents.OUT) {
      const { method } = JSON.parse(event.msg);

      if (method) {
        wire.add(method);
      }
    }
  };
  const provider = legacy
    ? getWsRawProvider(node.url, { logger, middleware: (base) => middleware(hideNewSpec(base)), websocketClass: WebSocket })
    : getWsProvider(node.url, { logger, websocketClass: WebSocket });
  const client = createClient(provider);

  clients.push(client);

  return { api: client.getUnsafeApi(), client, wire };
}

function signer (pair) {
  return getPolkadotSigner(pair.publicKey, 'Sr25519', (payload) => pair.sign(payload));
}

async function transferRoundTrip ({ api, client }, from, to, untouched) {
  const amount = 5n * KSM + 321n;
  const spec = await withTimeout(client.getChainSpecData(), 20_000, 'no chain spec data');

  assert.equal(spec.genesisHash, devChain.genesisHash);

  const untouchedAccount = await withTimeout(api.query.System.Account.getValue(untouched.address), 20_000, 'System.Account was not read');

  assert.equal(untouchedAccount.data.free, DEV_ENDOWMENT, 'an account nothing touches still holds the dev endowment');

  const before = (await api.query.System.Account.getValue(to.address)).data.free;
  const tx = api.tx.Balances.transfer_keep_alive({ dest: Enum('Id', to.address), value: amount });
  const result = await withTimeout(tx.signAndSubmit(signer(from)), 45_000, 'signAndSubmit did not resolve');

  assert.equal(result.ok, true, `dispatch error: ${JSON.stringify(result.dispatchError)}`);

  const names = result.events.map((event) => `${event.type}.${event.value.type}`);

  for (const expected of ['Balances.Transfer', 'TransactionPayment.TransactionFeePaid', 'System.ExtrinsicSuccess']) {
    assert.ok(names.includes(expected), `${expected} is among ${names.join(', ')}`);
  }

  const transfer = result.events.find((event) => event.type === 'Balances' && event.value.type === 'Transfer').value.value;

  assert.equal(transfer.amount, amount);
  assert.equal(keyring.decodeAddress(transfer.from).toString(), from.publicKey.toString());
  assert.equal(keyring.decodeAddress(transfer.to).toString(), to.publicKey.toString());

  // signAndSubmit resolves once the block is finalized, so the finalized state already holds the transfer; nothing else
  // pays the recipient.
  const afterTransfer = (await api.query.System.Account.getValue(to.address)).data.free;

  assert.equal(afterTransfer - before, amount);
  assert.ok(result.block.number > 0);
}

test('the node advertises the new-spec groups in rpc_methods', () => {
  for (const method of ['chainHead_v1_follow', 'chainHead_v1_storage', 'chainHead_v1_call', 'chainHead_v1_body', 'chainHead_v1_unpin',
    'chainSpec_v1_genesisHash', 'chainSpec_v1_chainName', 'chainSpec_v1_properties', 'transaction_v1_broadcast', 'transaction_v1_stop']) {
    assert.ok(advertised.includes(method), `rpc_methods lists ${method}`);
  }
});

test('polkadot-api reads System.Account and submits a transfer through chainHead_v1 and transaction_v1', { timeout: 90_000 }, async () => {
  const connection = connect({ legacy: false });

  await transferRoundTrip(connection, keyring.addFromUri('//Alice'), keyring.addFromUri('//Charlie'), keyring.addFromUri('//Ferdie//stash'));

  assert.ok(connection.wire.has('chainHead_v1_follow'), `PAPI followed with chainHead_v1 (sent: ${[...connection.wire].join(', ')})`);
  assert.ok(connection.wire.has('transaction_v1_broadcast'), 'PAPI broadcast with transaction_v1');
  assert.ok(!connection.wire.has('author_submitExtrinsic'));
});

test('polkadot-api reads System.Account and submits a transfer in its legacy-RPC mode', { timeout: 90_000 }, async () => {
  const connection = connect({ legacy: true });

  await transferRoundTrip(connection, keyring.addFromUri('//Bob'), keyring.addFromUri('//Dave'), keyring.addFromUri('//Eve//stash'));

  const sent = [...connection.wire];

  assert.ok(!sent.some((method) => NEW_SPEC_GROUPS.some((group) => method.startsWith(group))), `no new-spec method was sent (sent: ${sent.join(', ')})`);
  assert.ok(connection.wire.has('chain_subscribeAllHeads'));
  assert.ok(connection.wire.has('author_submitExtrinsic'));
});
