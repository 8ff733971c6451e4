// grpc.health.v1.Health (src/store/health.ts) on a loopback grpc-js server, called through the
// client definition that the grpc-health-check package loads from gRPC's own health.proto, so the
// messages are encoded by a codec other than ours: Check, List and Watch as grpc-go answers them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { credentials, makeGenericClientConstructor, Server, ServerCredentials, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { service as upstreamHealth } from 'grpc-health-check';
import { HealthService } from '../../src/store/health.js';

interface Client {
  check(req: { service: string }, cb: (err: ServiceError | null, res: { status: string }) => void): void;
  list(req: object, cb: (err: ServiceError | null, res: { statuses: Record<string, { status: string }> }) => void): void;
  watch(req: { service: string }): ClientReadableStream<{ status: string }>;
  close(): void;
}

let server: Server;
let client: Client;
const health = new HealthService(['', 'thanos.Store'], 'NOT_SERVING');

before(async () => {
  server = new Server();
  health.addToServer(server);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  const Health = makeGenericClientConstructor(upstreamHealth, 'grpc.health.v1.Health');
  client = new Health(`127.0.0.1:${port}`, credentials.createInsecure()) as unknown as Client;
});

after(() => {
  client.close();
  server.forceShutdown();
});

const check = (service: string) =>
  new Promise<string>((resolve, reject) => client.check({ service }, (err, r) => (err ? reject(err) : resolve(r.status))));

/** The next `n` statuses a Watch stream sends, then cancels it. */
function watch(service: string, n: number, afterFirst?: () => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const got: string[] = [];
    const stream = client.watch({ service });
    stream.on('data', (m: { status: string }) => {
      got.push(m.status);
      if (got.length === 1) afterFirst?.();
      if (got.length === n) {
        stream.cancel();
        resolve(got);
      }
    });
    stream.on('error', (err: ServiceError) => {
      if (err.code !== status.CANCELLED) reject(err);
    });
  });
}

test('Check answers the status of a registered service, and follows setStatus', async () => {
  health.setStatus('', 'NOT_SERVING');
  assert.equal(await check(''), 'NOT_SERVING');
  health.setStatus('', 'SERVING');
  assert.equal(await check(''), 'SERVING');
  assert.equal(await check('thanos.Store'), 'NOT_SERVING');
});

test('Check of a service never registered is NOT_FOUND', async () => {
  await assert.rejects(check('no.such.Service'), (err: ServiceError) => err.code === status.NOT_FOUND && /unknown service/.test(err.details));
});

test('List answers every registered service with its status', async () => {
  health.setStatus('', 'SERVING');
  health.setStatus('thanos.Store', 'NOT_SERVING');
  const res = await new Promise<{ statuses: Record<string, { status: string }> }>((resolve, reject) =>
    client.list({}, (err, r) => (err ? reject(err) : resolve(r))),
  );
  assert.deepEqual(
    Object.fromEntries(Object.entries(res.statuses).map(([k, v]) => [k, v.status])),
    { '': 'SERVING', 'thanos.Store': 'NOT_SERVING' },
  );
});

test('Watch sends the current status, then each change once', async () => {
  health.setStatus('thanos.Store', 'NOT_SERVING');
  const got = await watch('thanos.Store', 3, () => {
    health.setStatus('thanos.Store', 'SERVING');
    // The same status again is not a change: nothing is sent for it.
    health.setStatus('thanos.Store', 'SERVING');
    health.setStatus('thanos.Store', 'NOT_SERVING');
  });
  assert.deepEqual(got, ['NOT_SERVING', 'SERVING', 'NOT_SERVING']);
});

test('Watch of a service not registered sends SERVICE_UNKNOWN, then its status once it is set', async () => {
  const got = await watch('late.Service', 2, () => health.setStatus('late.Service', 'SERVING'));
  assert.deepEqual(got, ['SERVICE_UNKNOWN', 'SERVING']);
  assert.equal(await check('late.Service'), 'SERVING');
});
