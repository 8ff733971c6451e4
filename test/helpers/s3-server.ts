// A real S3-compatible server for tests: moto_server (PyPI `moto[server]`) on a free loopback port,
// killed when the test process exits. A missing moto is a loud failure, never a skip: CI installs it
// with `python3 -m pip install 'moto[server]'`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface S3Server {
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

export async function startS3Server(): Promise<S3Server> {
  const [cmd, ...pre] = motoCommand();
  let lastErr: unknown;
  // The port is free when probed but could be taken before moto binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(cmd, [...pre, '-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(child);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-4000);
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await waitReady(port, child, () => stderr);
    } catch (err) {
      lastErr = err;
      child.kill('SIGKILL');
      await exited;
      children.delete(child);
      continue;
    }
    const endpoint = `127.0.0.1:${port}`;
    const server: S3Server = {
      endpoint,
      accessKey: 'test-access-key',
      secretKey: 'test-secret-key',
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
      },
    };
    return server;
  }
  throw new Error(`moto_server did not start: ${(lastErr as Error)?.message}`);
}

async function waitReady(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`moto_server exited (${child.exitCode ?? child.signalCode}): ${stderr()}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`moto_server on port ${port} not ready after 30s: ${stderr()}`);
}
