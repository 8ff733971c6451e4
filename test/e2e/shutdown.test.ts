// Graceful shutdown of our sidecar process (issue 4, point 7): on SIGTERM it stops being ready at
// once, lets running Series streams finish for up to --grpc-grace-period, cancels what is still open
// after that, and exits 0. A client that stopped reading (a paused stream holds the server on HTTP/2
// flow control) must not keep the process alive past the grace period, and must itself see its call
// end instead of hanging; a client that keeps reading gets the whole answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import Long from 'long';
import { thanos } from '../../src/gen/proto.js';
import { MAX_INT64, MIN_INT64 } from '../../src/store/wire.js';
import { series, storeClient, tempTsdb, type StoreClient } from '../helpers/grpc.js';
import { ServiceProcess } from '../helpers/thanos.js';
import { cliPath, edgeBlocks } from '../helpers/tools.js';

const GRACE_MS = 2000;
/** How long after the grace period the process may take to release workers, flush logs and exit. */
const EXIT_SLACK_MS = 3000;

interface Running {
  proc: ServiceProcess;
  grpc: string;
  http: string;
  remove(): void;
}

/**
 * Our sidecar over a temporary copy of the edge fixture blocks, both servers on 127.0.0.1:0; the
 * bound ports are read from its log lines (startOurSidecar in helpers/thanos.ts fixes the grace
 * period at 1s and flags cannot be repeated, hence this small variant).
 */
async function startSidecar(): Promise<Running> {
  const tsdb = tempTsdb(edgeBlocks);
  const args = [
    '--enable-source-maps',
    cliPath,
    'sidecar',
    '--tsdb.path',
    tsdb.path,
    '--prometheus.url=',
    '--external-label',
    'replica=a',
    '--grpc-address',
    '127.0.0.1:0',
    '--http-address',
    '127.0.0.1:0',
    '--grpc-grace-period',
    `${GRACE_MS / 1000}s`,
    '--query.request-budget',
    '65536',
  ];
  const proc = new ServiceProcess('storeapi-sidecar', process.execPath, args);
  proc.spawn();
  try {
    const grpcPort = await proc.waitFor('"serving StoreAPI" log line', async () => /msg="serving StoreAPI".* port=(\d+)/.exec(proc.logText())?.[1], 60_000);
    const httpAddr = await proc.waitFor('HTTP listening log line', async () => /msg="listening for requests and metrics".* address=(\S+)/.exec(proc.logText())?.[1], 5000);
    return { proc, grpc: `127.0.0.1:${grpcPort}`, http: `http://${httpAddr}`, remove: tsdb.remove };
  } catch (err) {
    await proc.stop();
    tsdb.remove();
    throw err;
  }
}

const allSeries = (): thanos.SeriesRequest.$Properties => ({
  minTime: Long.fromString(MIN_INT64.toString()),
  maxTime: Long.fromString(MAX_INT64.toString()),
  matchers: [{ type: thanos.LabelMatcher.Type.RE, name: '__name__', value: '.+' }],
});

/** Label sets in arrival order, from plain and batched Series responses. */
function seriesLabels(responses: thanos.SeriesResponse[]): string[] {
  const out: string[] = [];
  const text = (s: thanos.ISeries): string => (s.labels ?? []).map((l) => `${l.name}=${JSON.stringify(l.value)}`).join(',');
  for (const r of responses) {
    if (r.series) out.push(text(r.series));
    for (const s of r.batch?.series ?? []) out.push(text(s));
  }
  return out;
}

/** Resolves the exit reason once the process ended; rejects after `ms`. */
async function exitWithin(proc: ServiceProcess, ms: number): Promise<{ reason: string; ms: number }> {
  const t0 = Date.now();
  while (proc.exitReason === undefined) {
    if (Date.now() - t0 > ms) throw new Error(`still running ${ms} ms after SIGTERM:\n${proc.logTail(40)}`);
    await sleep(20);
  }
  return { reason: proc.exitReason, ms: Date.now() - t0 };
}

/** Status of /-/ready, 0 when the HTTP server no longer answers. */
async function readyStatus(http: string): Promise<number> {
  try {
    const res = await fetch(`${http}/-/ready`, { signal: AbortSignal.timeout(1000) });
    await res.text();
    return res.status;
  } catch {
    return 0;
  }
}

/** How a stream finished: 'end' (status OK) or the gRPC code of its error. */
function outcome(stream: ClientReadableStream<Buffer>): Promise<{ how: 'end' } | { how: 'error'; code: number; details: string }> {
  return new Promise((resolve) => {
    stream.once('end', () => resolve({ how: 'end' }));
    stream.once('error', (err: ServiceError) => resolve({ how: 'error', code: err.code, details: err.details }));
  });
}

function rejectAfter(ms: number, what: string): Promise<never> {
  return sleep(ms).then(() => {
    throw new Error(what);
  });
}

test('SIGTERM with a paused Series stream: not ready at once, stream cancelled after the grace period, exit 0', async (t) => {
  const s = await startSidecar();
  let client: StoreClient | undefined;
  try {
    assert.equal(await readyStatus(s.http), 200, 'ready before SIGTERM');
    client = storeClient(s.grpc);
    const full = await series(client, allSeries());
    const fullCount = seriesLabels(full.responses).length;
    assert.ok(fullCount > 0, 'the edge blocks have series');

    // A stream that reads one message and then stops: the server can only write up to the HTTP/2
    // window and the client's buffers, so the call stays open.
    const stream = client.Series(allSeries());
    const ended = outcome(stream);
    let settled = false;
    void ended.then(() => (settled = true));
    let received = 0;
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.on('data', () => {
        received++;
        if (received === 1) {
          stream.pause();
          resolve();
        }
      });
    });
    await sleep(300);
    assert.equal(settled, false, `precondition: the paused stream must still be open (it ended after ${received} messages; the answer is ${full.bytes} bytes)`);

    const t0 = Date.now();
    process.kill(s.proc.pid!, 'SIGTERM');

    // (1) Not ready (503) or no HTTP server any more, promptly.
    let ready = 200;
    while (ready === 200 && Date.now() - t0 < 1000) {
      ready = await readyStatus(s.http);
      if (ready === 200) await sleep(25);
    }
    const readyMs = Date.now() - t0;
    assert.notEqual(ready, 200, `/-/ready still 200 ${readyMs} ms after SIGTERM`);

    // (2) Exit 0 within the grace period plus slack.
    const exit = await exitWithin(s.proc, GRACE_MS + EXIT_SLACK_MS - (Date.now() - t0));
    const exitMs = Date.now() - t0;
    assert.equal(exit.reason, 'exited with 0', s.proc.logTail(40));
    // The paused call was open all along, so the server waited out the grace period before cancelling it.
    assert.ok(exitMs >= GRACE_MS - 100, `exited after ${exitMs} ms, before the ${GRACE_MS} ms grace period ran out`);
    assert.match(s.proc.logText(), /msg="sidecar stopped"/);

    // (3) The paused client sees its call end (buffered messages drain once it reads again).
    stream.resume();
    const end = await Promise.race([ended, rejectAfter(3000, 'the paused stream hangs after the sidecar exited')]);
    if (end.how === 'error') {
      assert.ok(end.code === status.CANCELLED || end.code === status.UNAVAILABLE, `paused stream ended with code ${end.code} (${end.details}), expected CANCELLED or UNAVAILABLE`);
    }
    // Whatever it got before the cut is a prefix of the answer, never more.
    assert.ok(received <= full.responses.length, `${received} messages > ${full.responses.length}`);
    t.diagnostic(`full answer ${fullCount} series in ${full.responses.length} messages (${full.bytes} bytes); paused stream got ${received} messages, ended ${end.how === 'end' ? 'OK' : `with code ${end.code}`}; not ready after ${readyMs} ms (status ${ready}); exit after ${exitMs} ms`);
  } finally {
    client?.close();
    await s.proc.stop();
    s.remove();
  }
});

test('SIGTERM with a reading Series stream: it completes within the grace period with the full answer, exit 0', async (t) => {
  const s = await startSidecar();
  let client: StoreClient | undefined;
  try {
    client = storeClient(s.grpc);
    const baseline = seriesLabels((await series(client, allSeries())).responses);
    assert.ok(baseline.length > 0, 'the edge blocks have series');

    // Started just before SIGTERM: the signal goes out once the first message arrived, so the
    // call is certainly running on the server when shutdown begins.
    const stream = client.Series(allSeries());
    const responses: thanos.SeriesResponse[] = [];
    const ended = outcome(stream);
    let t0 = 0;
    stream.on('data', (b: Buffer) => {
      responses.push(thanos.SeriesResponse.decode(b));
      if (responses.length === 1) {
        t0 = Date.now();
        process.kill(s.proc.pid!, 'SIGTERM');
      }
    });

    const end = await Promise.race([ended, rejectAfter(GRACE_MS + EXIT_SLACK_MS, 'the reading stream did not finish')]);
    assert.ok(t0 > 0, 'SIGTERM was sent');
    assert.deepEqual(end, { how: 'end' }, 'the stream ends OK');
    assert.ok(Date.now() - t0 < GRACE_MS, `the stream took ${Date.now() - t0} ms after SIGTERM`);
    assert.deepEqual(seriesLabels(responses), baseline, 'same series, same order, as the uninterrupted call');

    const exit = await exitWithin(s.proc, GRACE_MS + EXIT_SLACK_MS - (Date.now() - t0));
    assert.equal(exit.reason, 'exited with 0', s.proc.logTail(40));
    t.diagnostic(`${baseline.length} series in ${responses.length} messages; exit ${Date.now() - t0} ms after SIGTERM`);
  } finally {
    client?.close();
    await s.proc.stop();
    s.remove();
  }
});
