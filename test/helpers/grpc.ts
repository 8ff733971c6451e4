// gRPC test harness for the StoreAPI: starts our server in-process on a free loopback port over a
// temporary copy of fixture blocks, and drives it with a grpc-js client built from the same
// service definitions (Series responses arrive as raw bytes and are decoded with the generated
// code, so the test sees exactly what a Querier would).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor, ServerCredentials, type Client, type ClientReadableStream, type Server, type ServiceError } from '@grpc/grpc-js';
import type { Engine } from '../../src/engine/engine.js';
import { thanos } from '../../src/gen/proto.js';
import type { QueryActivity } from '../../src/objstore/query-activity.js';
import { BlockWatcher } from '../../src/blocks/watcher.js';
import { createExecutor, type PoolExecutor } from '../../src/query/executor-pool.js';
import { buildStoreServer } from '../../src/sidecar.js';
import type { Logger, SeriesLimits } from '../../src/store/decorators.js';
import { infoService, storeService } from '../../src/store/server.js';
import { MIN_INT64 } from '../../src/store/wire.js';

/** A temporary copy of a fixture TSDB directory (tests may delete blocks in it). */
export function tempTsdb(src: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'storeapi-grpc-'));
  cpSync(src, path, { recursive: true });
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

type Unary<Req, Res> = (req: Req, cb: (err: ServiceError | null, res?: Res) => void) => void;

export interface StoreClient extends Client {
  Series(req: thanos.SeriesRequest.$Properties, options?: { deadline?: number }): ClientReadableStream<Buffer>;
  LabelNames: Unary<thanos.LabelNamesRequest.$Properties, thanos.LabelNamesResponse>;
  LabelValues: Unary<thanos.LabelValuesRequest.$Properties, thanos.LabelValuesResponse>;
}

export interface InfoClient extends Client {
  Info: Unary<thanos.info.InfoRequest.$Properties, thanos.info.InfoResponse>;
}

const StoreClientCtor = makeGenericClientConstructor(storeService, 'thanos.Store');
const InfoClientCtor = makeGenericClientConstructor(infoService, 'thanos.info.Info');

/** Binds a grpc-js server to a free loopback port, without TLS; resolves with the port. */
export function bindLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))));
}

export function storeClient(target: string, options: Record<string, number> = {}): StoreClient {
  return new StoreClientCtor(target, credentials.createInsecure(), options) as unknown as StoreClient;
}

export function infoClient(target: string): InfoClient {
  return new InfoClientCtor(target, credentials.createInsecure()) as unknown as InfoClient;
}

export function call<Req, Res>(fn: Unary<Req, Res>, client: Client, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => fn.call(client, req, (err, res) => (err ? reject(err) : resolve(res!))));
}

export interface SeriesResult {
  responses: thanos.SeriesResponse[];
  /** Raw message sizes, for byte accounting. */
  bytes: number;
}

/** Runs a Series call to the end; rejects with the ServiceError when the status is not OK. */
export function series(client: StoreClient, req: thanos.SeriesRequest.$Properties): Promise<SeriesResult> {
  return new Promise((resolve, reject) => {
    const responses: thanos.SeriesResponse[] = [];
    let bytes = 0;
    const stream = client.Series(req);
    stream.on('data', (b: Buffer) => {
      bytes += b.length;
      responses.push(thanos.SeriesResponse.decode(b));
    });
    stream.on('error', reject);
    stream.on('end', () => resolve({ responses, bytes }));
  });
}

export interface TestStore {
  port: number;
  target: string;
  store: StoreClient;
  info: InfoClient;
  executor: PoolExecutor;
  logs: { level: string; msg: string; fields?: Record<string, unknown> }[];
  stop(): Promise<void>;
}

export interface TestStoreOptions {
  engine: Engine;
  tsdbPath: string;
  externalLabels?: [string, string][];
  limits?: SeriesLimits;
  minTime?: bigint;
  budgetBytes?: number;
  /** Series calls count themselves here (what the sidecar hands its upload thread). */
  queryActivity?: QueryActivity;
}

/** Our StoreAPI server (watcher, one-thread executor, handlers) on 127.0.0.1:<free port>. */
export async function startTestStore(o: TestStoreOptions): Promise<TestStore> {
  const logs: TestStore['logs'] = [];
  const log: Logger = (level, msg, fields) => logs.push({ level, msg, fields });
  const watcher = new BlockWatcher({ tsdbPath: o.tsdbPath, fsWatch: false, intervalMs: 60_000, onError: () => {} }).start();
  const executor = createExecutor({ engine: o.engine, threads: 1, onBlockSkipped: () => {} });
  await executor.ready();
  const built = buildStoreServer({
    engine: o.engine,
    executor,
    blocks: () => watcher.refresh(),
    externalLabels: o.externalLabels ?? [],
    minTimeFlag: () => o.minTime ?? MIN_INT64,
    limits: o.limits ?? { series: 0, samples: 0 },
    budgetBytes: o.budgetBytes ?? 4 * 1024 * 1024,
    log,
    queryActivity: o.queryActivity,
  });
  const port = await built.server.listen('127.0.0.1:0');
  built.server.setServing(true);
  const target = `127.0.0.1:${port}`;
  const store = storeClient(target);
  const info = infoClient(target);
  return {
    port,
    target,
    store,
    info,
    executor,
    logs,
    async stop() {
      store.close();
      info.close();
      await built.server.stop(2000);
      watcher.close();
      await executor.close();
      built.close();
    },
  };
}
