// The ops HTTP server on --http-address (default 0.0.0.0:10902), as Thanos serves it
// (pkg/server/http/http.go, pkg/prober/http.go):
//
//   /metrics     the shared prom-client registry (gzip when the scraper accepts it)
//   /-/healthy   200 "OK" once the server listens; 503 while not healthy
//   /-/ready     503 until the sidecar says it is ready, then 200 "OK"
//   anything else 404 "404 page not found", like Go's ServeMux
//
// Thanos answers a failing probe with http.Error(w, "NOT OK", 503), i.e. "NOT OK\n" as
// text/plain with X-Content-Type-Options: nosniff. We keep that status, headers and first
// words, and append the reason ("NOT OK: waiting for Prometheus: ...\n") because "why am I not
// ready" is the question an SRE has when the probe fails. Any method is accepted (ServeMux
// routes by path only); HEAD gets the headers without a body.
//
// The prober also keeps `thanos_status{check="ready"|"healthy",component="sidecar"}` and logs
// "changing probe status" on transitions, as Thanos' InstrumentationProbe does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Gauge, type Registry } from 'prom-client';
import { errorText, nopLogger, type Logger } from './log.js';
import { registry as sharedRegistry } from './metrics.js';

export const DEFAULT_HTTP_ADDRESS = '0.0.0.0:10902';

const gzipAsync = promisify(gzip);

// ---------------------------------------------------------------------------------------------
// Prober

export interface ProberOptions {
  registry?: Registry;
  logger?: Logger;
  /** Thanos component name, the `component` label of thanos_status. */
  component?: string;
}

/** Readiness and health with a reason, plus the thanos_status gauge. */
export class StatusProber {
  #ready = false;
  #healthy = false;
  #readyReason: string;
  #healthyReason = 'not started';
  #formerReadiness: 'ready' | 'not-ready' | undefined;
  readonly #status: Gauge<'check' | 'component'>;
  readonly #component: string;
  readonly #logger: Logger;

  constructor(options: ProberOptions = {}) {
    this.#component = options.component ?? 'sidecar';
    this.#logger = options.logger ?? nopLogger;
    this.#readyReason = `${this.#component} is initializing`;
    this.#status = statusGauge(options.registry ?? sharedRegistry);
  }

  get isReady(): boolean {
    return this.#ready;
  }

  get isHealthy(): boolean {
    return this.#healthy;
  }

  /** Why the sidecar is not ready ('' when it is). */
  get notReadyReason(): string {
    return this.#ready ? '' : this.#readyReason;
  }

  get notHealthyReason(): string {
    return this.#healthy ? '' : this.#healthyReason;
  }

  ready(): void {
    this.#ready = true;
    this.#status.set({ check: 'ready', component: this.#component }, 1);
    if (this.#formerReadiness !== 'ready') {
      this.#logger.info('changing probe status', { status: 'ready' });
      this.#formerReadiness = 'ready';
    }
  }

  /** Not ready, with the reason /-/ready reports. Logged on the transition only, as Thanos does. */
  notReady(reason: unknown): void {
    this.#ready = false;
    this.#readyReason = reasonText(reason);
    this.#status.set({ check: 'ready', component: this.#component }, 0);
    if (this.#formerReadiness !== 'not-ready') {
      this.#logger.warn('changing probe status', { status: 'not-ready', reason: this.#readyReason });
      this.#formerReadiness = 'not-ready';
    }
  }

  healthy(): void {
    this.#healthy = true;
    this.#status.set({ check: 'healthy', component: this.#component }, 1);
    this.#logger.info('changing probe status', { status: 'healthy' });
  }

  notHealthy(reason: unknown): void {
    this.#healthy = false;
    this.#healthyReason = reasonText(reason);
    this.#status.set({ check: 'healthy', component: this.#component }, 0);
    this.#logger.info('changing probe status', { status: 'not-healthy', reason: this.#healthyReason });
  }
}

function reasonText(reason: unknown): string {
  const text = typeof reason === 'string' ? reason : errorText(reason);
  return text === '' ? 'unknown reason' : text;
}

function statusGauge(registry: Registry): Gauge<'check' | 'component'> {
  const existing = registry.getSingleMetric('thanos_status');
  if (existing) return existing as Gauge<'check' | 'component'>;
  return new Gauge({
    name: 'thanos_status',
    help: 'Represents status (0 indicates failure, 1 indicates success) of the component.',
    labelNames: ['check', 'component'],
    registers: [registry],
  });
}

// ---------------------------------------------------------------------------------------------
// Server

export interface HttpServerOptions {
  /** host:port, [ipv6]:port or :port (all interfaces). Default 0.0.0.0:10902. */
  address?: string;
  registry?: Registry;
  logger?: Logger;
  /** Supply one to share readiness with other parts; otherwise a new one is made. */
  prober?: StatusProber;
  component?: string;
}

export interface ListenAddress {
  host: string;
  port: number;
}

/** Parses an --http-address value the way Go's net.Listen reads it. */
export function parseHttpAddress(address: string): ListenAddress {
  const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):(\d{1,5})$/.exec(address.trim());
  if (!m) throw new Error(`--http-address ${JSON.stringify(address)}: expected host:port, [ipv6]:port or :port`);
  const port = Number(m[3]);
  if (port > 65535) throw new Error(`--http-address ${JSON.stringify(address)}: port ${port} out of range`);
  const host = m[1] ?? (m[2] === '' ? '0.0.0.0' : m[2]);
  return { host, port };
}

export class OpsHttpServer {
  readonly prober: StatusProber;
  readonly #server: Server;
  readonly #registry: Registry;
  readonly #logger: Logger;
  readonly #address: string;
  #closing: Promise<void> | undefined;

  private constructor(server: Server, prober: StatusProber, registry: Registry, logger: Logger, address: string) {
    this.#server = server;
    this.prober = prober;
    this.#registry = registry;
    this.#logger = logger;
    this.#address = address;
  }

  /**
   * Binds and starts serving; resolves once listening (and marks the prober healthy, as Thanos
   * does when its HTTP server starts). Rejects with a clear message when the port is taken.
   */
  static async listen(options: HttpServerOptions = {}): Promise<OpsHttpServer> {
    const address = options.address ?? DEFAULT_HTTP_ADDRESS;
    const { host, port } = parseHttpAddress(address);
    const component = options.component ?? 'sidecar';
    const logger = (options.logger ?? nopLogger).with({ service: 'http/server', component });
    const registry = options.registry ?? sharedRegistry;
    const prober = options.prober ?? new StatusProber({ registry, logger: options.logger, component });

    const server = createServer();
    const self = new OpsHttpServer(server, prober, registry, logger, address);
    server.on('request', (req, res) => self.#handle(req, res));

    await new Promise<void>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        reject(listenError(address, err));
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen({ host, port });
    });
    server.on('error', (err) => logger.error('http server error', { err }));

    logger.info('listening for requests and metrics', { address: self.addressText() });
    prober.healthy();
    return self;
  }

  /** The bound address (the real port when 0 was asked for). */
  address(): ListenAddress {
    const a = this.#server.address() as AddressInfo;
    return { host: a.address, port: a.port };
  }

  /** host:port for logs and for clients (IPv6 in brackets). */
  addressText(): string {
    const { host, port } = this.address();
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  }

  setReady(): void {
    this.prober.ready();
  }

  setNotReady(reason: unknown): void {
    this.prober.notReady(reason);
  }

  /**
   * Graceful close: not ready and not healthy first (Thanos does both on shutdown), stop
   * accepting, let in-flight requests finish for up to `gracePeriodMs`, then cut what is left.
   */
  close(gracePeriodMs = 5000, reason = 'shutting down'): Promise<void> {
    if (this.#closing) return this.#closing;
    this.#logger.info('internal server is shutting down', { err: reason });
    this.prober.notReady(reason);
    this.prober.notHealthy(reason);
    this.#closing = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#logger.info('grace period exceeded enforcing shutdown');
        this.#server.closeAllConnections();
      }, gracePeriodMs);
      timer.unref();
      this.#server.close(() => {
        clearTimeout(timer);
        this.#logger.info('internal server is shutdown gracefully', { err: reason });
        resolve();
      });
      // Keep-alive connections with no request in flight would otherwise hold close() open.
      this.#server.closeIdleConnections();
    });
    return this.#closing;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?', 1)[0];
    const head = req.method === 'HEAD';
    switch (path) {
      case '/metrics':
        void this.#metrics(req, res, head);
        return;
      case '/-/healthy':
        probeResponse(res, head, this.prober.isHealthy, this.prober.notHealthyReason);
        return;
      case '/-/ready':
        probeResponse(res, head, this.prober.isReady, this.prober.notReadyReason);
        return;
      default:
        textError(res, head, 404, '404 page not found');
    }
  }

  async #metrics(req: IncomingMessage, res: ServerResponse, head: boolean): Promise<void> {
    let body: string;
    try {
      body = await this.#registry.metrics();
    } catch (err) {
      // promhttp's wording for a failed gather.
      textError(res, head, 500, `An error has occurred while serving metrics:\n\n${errorText(err)}`);
      return;
    }
    try {
      const headers: Record<string, string> = { 'Content-Type': this.#registry.contentType };
      let payload: Buffer = Buffer.from(body, 'utf8');
      if (acceptsGzip(req.headers['accept-encoding'])) {
        payload = await gzipAsync(payload);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(payload.length);
      res.writeHead(200, headers);
      res.end(head ? undefined : payload);
    } catch (err) {
      if (!res.headersSent) textError(res, head, 500, `An error has occurred while serving metrics:\n\n${errorText(err)}`);
      else res.destroy();
    }
  }
}

function probeResponse(res: ServerResponse, head: boolean, ok: boolean, reason: string): void {
  if (!ok) {
    textError(res, head, 503, reason ? `NOT OK: ${reason}` : 'NOT OK');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '2' });
  res.end(head ? undefined : 'OK');
}

// Go's http.Error: the message plus a newline, text/plain, nosniff.
function textError(res: ServerResponse, head: boolean, status: number, message: string): void {
  const body = Buffer.from(message + '\n', 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': String(body.length),
  });
  res.end(head ? undefined : body);
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function listenError(address: string, err: NodeJS.ErrnoException): Error {
  const why =
    err.code === 'EADDRINUSE'
      ? 'address already in use (is another sidecar or Thanos component running?)'
      : err.code === 'EACCES'
        ? 'permission denied (ports below 1024 need privileges)'
        : err.code === 'EADDRNOTAVAIL'
          ? 'address not available on this host'
          : err.message;
  const out = new Error(`--http-address ${address}: cannot listen: ${why}`, { cause: err });
  (out as NodeJS.ErrnoException).code = err.code;
  return out;
}
