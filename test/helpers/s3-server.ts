// A real S3-compatible server for tests: moto_server (PyPI `moto[server]`) on a free loopback port,
// killed when the test process exits. A missing moto is a loud failure, never a skip: CI installs it
// with `python3 -m pip install 'moto[server]'`.
//
// STOREAPI_S3_SERVER=minio starts MinIO instead (single drive in a temp dir), from .tools/minio or
// PATH: built with `CGO_ENABLED=0 GOBIN=$PWD/.tools go install github.com/minio/minio@<version>`.
// MinIO checks request signatures, so it also proves the SDK settings for non-AWS servers.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { repoRoot } from './tools.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export type S3ServerKind = 'moto' | 'minio';

export interface S3Server {
  kind: S3ServerKind;
  /** The server process id (for RSS readings in benchmarks). */
  pid: number;
  /** host:port, no scheme (Thanos `endpoint`). */
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** Creates a bucket through the SDK and returns its name. */
  createBucket(name: string): Promise<string>;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/** The command that runs moto_server, or a thrown error saying how to install it. */
function motoCommand(): string[] {
  const onPath = spawnSync('moto_server', ['--help'], { stdio: 'ignore' });
  if (onPath.error === undefined && onPath.status === 0) return ['moto_server'];
  const asModule = spawnSync('python3', ['-c', 'import moto.server, flask'], { stdio: 'ignore' });
  if (asModule.error === undefined && asModule.status === 0) return ['python3', '-m', 'moto.server'];
  throw new Error(
    "moto_server is not installed: the S3 tests need a real S3-compatible server. Install it with `python3 -m pip install 'moto[server]'`",
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr !== null ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The MinIO binary: .tools/minio, else `minio` on PATH, else a thrown error saying how to build it. */
function minioCommand(): string {
  const local = join(repoRoot, '.tools', 'minio');
  if (existsSync(local)) return local;
  const onPath = spawnSync('minio', ['--version'], { stdio: 'ignore' });
  if (onPath.error === undefined && onPath.status === 0) return 'minio';
  throw new Error('STOREAPI_S3_SERVER=minio but no MinIO binary: build it with `CGO_ENABLED=0 GOBIN=$PWD/.tools go install github.com/minio/minio@<version>`');
}

/** The server STOREAPI_S3_SERVER names (default moto). */
export function s3ServerKind(): S3ServerKind {
  const kind = process.env.STOREAPI_S3_SERVER ?? 'moto';
  if (kind !== 'moto' && kind !== 'minio') throw new Error(`STOREAPI_S3_SERVER=${kind}: expected moto or minio`);
  return kind;
}

export interface S3ServerOptions {
  /**
   * Run the server under SCHED_IDLE (`chrt --idle 0`): benchmarks use it so a local server, standing
   * in for a remote one, only gets CPU nothing else wants. `chrt` execs, so the pid is the server's.
   */
  idle?: boolean;
}

export async function startS3Server(kind: S3ServerKind = s3ServerKind(), opts: S3ServerOptions = {}): Promise<S3Server> {
  const sched = (cmd: string, args: string[]): [string, string[]] => (opts.idle ? ['chrt', ['--idle', '0', cmd, ...args]] : [cmd, args]);
  const accessKey = 'test-access-key';
  const secretKey = 'test-secret-key';
  const launch = (port: number): { child: ChildProcess; cleanup: () => void; readyPath: string } => {
    if (kind === 'minio') {
      const data = mkdtempSync(join(tmpdir(), 'minio-data-'));
      const child = spawn(
        ...sched(minioCommand(), ['server', data, '--address', `127.0.0.1:${port}`, '--console-address', '127.0.0.1:0', '--quiet']),
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, MINIO_ROOT_USER: accessKey, MINIO_ROOT_PASSWORD: secretKey, MINIO_BROWSER: 'off', MINIO_UPDATE: 'off' },
        },
      );
      return { child, cleanup: () => rmSync(data, { recursive: true, force: true }), readyPath: '/minio/health/live' };
    }
    const [cmd, ...pre] = motoCommand();
    const child = spawn(...sched(cmd, [...pre, '-H', '127.0.0.1', '-p', String(port)]), { stdio: ['ignore', 'ignore', 'pipe'] });
    return { child, cleanup: () => undefined, readyPath: '/moto-api/' };
  };
  let lastErr: unknown;
  // The port is free when probed but could be taken before the server binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const { child, cleanup, readyPath } = launch(port);
    children.add(child);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-4000);
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await waitReady(port, readyPath, child, () => stderr);
    } catch (err) {
      lastErr = err;
      child.kill('SIGKILL');
      await exited;
      children.delete(child);
      cleanup();
      continue;
    }
    const endpoint = `127.0.0.1:${port}`;
    const server: S3Server = {
      kind,
      pid: child.pid ?? 0,
      endpoint,
      accessKey,
      secretKey,
      region: 'us-east-1',
      async createBucket(name) {
        const client = new S3Client({
          endpoint: `http://${endpoint}`,
          region: server.region,
          forcePathStyle: true,
          credentials: { accessKeyId: server.accessKey, secretAccessKey: server.secretKey },
        });
        try {
          await client.send(new CreateBucketCommand({ Bucket: name }));
        } finally {
          client.destroy();
        }
        return name;
      },
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        }
        children.delete(child);
        cleanup();
      },
    };
    return server;
  }
  throw new Error(`${kind} did not start: ${(lastErr as Error)?.message}`);
}

async function waitReady(port: number, path: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`S3 server exited (${child.exitCode ?? child.signalCode}): ${stderr()}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.ok) return;
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`S3 server on port ${port} not ready after 30s: ${stderr()}`);
}

/** Objstore YAML for a bucket on `server` (or on `endpoint`, e.g. a proxy in front of it). */
export function s3ObjstoreYaml(server: S3Server, bucket: string, o: { endpoint?: string; partSize?: number; extra?: string[] } = {}): string {
  return [
    'type: S3',
    'config:',
    `  bucket: ${bucket}`,
    `  endpoint: ${o.endpoint ?? server.endpoint}`,
    `  access_key: ${server.accessKey}`,
    `  secret_key: ${server.secretKey}`,
    `  region: ${server.region}`,
    '  insecure: true',
    ...(o.partSize !== undefined ? [`  part_size: ${o.partSize}`] : []),
    ...(o.extra ?? []),
  ].join('\n');
}

/** An SDK client straight to the server (not through our bucket code), for checking what it holds. */
export function rawS3Client(server: S3Server): S3Client {
  return new S3Client({
    endpoint: `http://${server.endpoint}`,
    region: server.region,
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKey, secretAccessKey: server.secretKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
