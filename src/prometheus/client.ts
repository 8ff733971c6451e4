// HTTP client for the Prometheus endpoints the sidecar depends on (shared/spec/anchors.md §A2, §A5):
// readiness, the loaded config (for `global.external_labels`), flags, build info, and a generic JSON
// getter for the Rules/Targets/Metadata/Exemplars proxies. Remote read lives in remote-read.ts.
//
// Every request has a timeout and honours a caller's AbortSignal. Errors are PrometheusError and
// always name the method and URL, because "fetch failed" alone tells an operator nothing.

import { httpFetch, type HttpResponse } from './http.js';

export type LabelPair = [name: string, value: string];

export interface PrometheusClientOptions {
  /** Per-request timeout in ms (default 30 s; the real sidecar's get_config_timeout default). */
  timeoutMs?: number;
  /** User-Agent header sent with every request. */
  userAgent?: string;
}

export interface ReadyState {
  ready: boolean;
  /** HTTP status, or 0 when Prometheus could not be reached. */
  status: number;
  /** Why it is not ready (empty when ready). */
  reason: string;
}

export interface BuildInfo {
  version: string;
  revision?: string;
  branch?: string;
  buildUser?: string;
  buildDate?: string;
  goVersion?: string;
  [extra: string]: unknown;
}

/** The Prometheus HTTP API envelope after a successful call. */
export interface ApiResult<T> {
  data: T;
  warnings: string[];
}

export class PrometheusError extends Error {
  readonly url: string;
  /** HTTP status, or 0 when no response arrived (unreachable, timeout, aborted). */
  readonly status: number;
  constructor(message: string, url: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrometheusError';
    this.url = url;
    this.status = status;
  }
}

export const DEFAULT_USER_AGENT = 'storeapi-sidecar';
const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest error body quoted in a message. */
const MAX_QUOTED_BODY = 300;

/** Describes a failed exchange by its root cause (ECONNREFUSED, timeout, abort) instead of "fetch failed". */
export function describeFetchError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'timed out';
  if (e?.name === 'AbortError') return 'aborted';
  const cause = e?.cause;
  if (cause && (cause.code || cause.message)) {
    return cause.code ? `${cause.message ?? 'error'} (${cause.code})` : String(cause.message);
  }
  return e?.message ?? String(err);
}

/** A signal that fires on the caller's abort or after `timeoutMs`, whichever comes first. */
export function requestSignal(timeoutMs: number, signal?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function quote(body: string): string {
  const s = body.trim().replace(/\s+/g, ' ');
  return s.length > MAX_QUOTED_BODY ? s.slice(0, MAX_QUOTED_BODY) + '…' : s;
}

export class PrometheusClient {
  readonly baseUrl: URL;
  readonly timeoutMs: number;
  readonly userAgent: string;

  constructor(baseUrl: string | URL, options: PrometheusClientOptions = {}) {
    const u = new URL(baseUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      throw new Error(`prometheus url ${u.href}: scheme must be http or https`);
    }
    // Keep a path prefix (Prometheus behind --web.route-prefix): endpoints resolve below it.
    if (!u.pathname.endsWith('/')) u.pathname += '/';
    this.baseUrl = u;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }

  /** Absolute URL of an endpoint path such as `/api/v1/read`, with optional query parameters. */
  url(path: string, params?: Record<string, string | string[] | undefined>): URL {
    const u = new URL(path.replace(/^\/+/, ''), this.baseUrl);
    if (params) {
      for (const [k, v] of Object.entries(params)) {
        if (v === undefined) continue;
        for (const item of Array.isArray(v) ? v : [v]) u.searchParams.append(k, item);
      }
    }
    return u;
  }

  /** One exchange (http.ts) with the timeout, the User-Agent and an error that names the URL when no response arrives. */
  async request(method: string, url: URL, init: { headers?: Record<string, string>; body?: Uint8Array } = {}, signal?: AbortSignal): Promise<HttpResponse> {
    const headers = { 'User-Agent': this.userAgent, ...init.headers };
    try {
      return await httpFetch(url, { method, headers, body: init.body }, requestSignal(this.timeoutMs, signal));
    } catch (err) {
      throw new PrometheusError(`${method} ${url.href}: ${describeFetchError(err)}`, url.href, 0, { cause: err });
    }
  }

  /** GET /-/ready. Never throws for an unreachable or starting Prometheus: that is a state, reported. */
  async ready(signal?: AbortSignal): Promise<ReadyState> {
    const url = this.url('/-/ready');
    let res: HttpResponse;
    try {
      res = await this.request('GET', url, {}, signal);
    } catch (err) {
      if (signal?.aborted) throw err;
      return { ready: false, status: 0, reason: (err as Error).message };
    }
    const body = await res.text().catch(() => '');
    if (res.status === 200) return { ready: true, status: 200, reason: '' };
    return { ready: false, status: res.status, reason: `GET ${url.href}: HTTP ${res.status}: ${quote(body)}` };
  }

  /**
   * Polls /-/ready every `intervalMs` until it answers 200, or throws after `timeoutMs` (the
   * sidecar's --prometheus.ready_timeout) with the last reason.
   */
  async waitReady(timeoutMs: number, intervalMs = 1000, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const st = await this.ready(signal);
      if (st.ready) return;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new PrometheusError(`prometheus not ready after ${timeoutMs} ms: ${st.reason}`, this.url('/-/ready').href, st.status);
      }
      await sleep(Math.min(intervalMs, left), signal);
    }
  }

  /** GET a JSON document. Non-200 or unparsable JSON → PrometheusError naming the URL. */
  async getJSON(path: string, params?: Record<string, string | string[] | undefined>, signal?: AbortSignal): Promise<unknown> {
    const url = this.url(path, params);
    const res = await this.request('GET', url, { headers: { Accept: 'application/json' } }, signal);
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw new PrometheusError(`GET ${url.href}: reading body: ${describeFetchError(err)}`, url.href, res.status, { cause: err });
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      if (res.status !== 200) {
        throw new PrometheusError(`GET ${url.href}: HTTP ${res.status}: ${quote(text)}`, url.href, res.status);
      }
      throw new PrometheusError(`GET ${url.href}: response is not JSON: ${quote(text)}`, url.href, res.status);
    }
    if (res.status !== 200) {
      // The API answers errors as {status:"error", errorType, error}; quote those when present.
      const e = doc as { errorType?: unknown; error?: unknown };
      const detail = typeof e?.error === 'string' ? `${e.errorType ?? 'error'}: ${e.error}` : quote(text);
      throw new PrometheusError(`GET ${url.href}: HTTP ${res.status}: ${detail}`, url.href, res.status);
    }
    return doc;
  }

  /** GET an /api/v1 endpoint and unwrap its {status:"success", data, warnings} envelope. */
  async api<T>(path: string, params?: Record<string, string | string[] | undefined>, signal?: AbortSignal): Promise<ApiResult<T>> {
    const doc = (await this.getJSON(path, params, signal)) as { status?: unknown; data?: unknown; warnings?: unknown };
    const href = this.url(path, params).href;
    if (doc === null || typeof doc !== 'object' || doc.status !== 'success' || !('data' in doc)) {
      throw new PrometheusError(`GET ${href}: not a successful API response: ${quote(JSON.stringify(doc))}`, href, 200);
    }
    const warnings = Array.isArray(doc.warnings) ? doc.warnings.map(String) : [];
    return { data: doc.data as T, warnings };
  }

  /** The external labels of Prometheus's loaded configuration, sorted by name. */
  async externalLabels(signal?: AbortSignal): Promise<LabelPair[]> {
    const { data } = await this.api<{ yaml?: unknown }>('/api/v1/status/config', undefined, signal);
    const href = this.url('/api/v1/status/config').href;
    if (typeof data?.yaml !== 'string') throw new PrometheusError(`GET ${href}: data.yaml missing`, href, 200);
    try {
      // Imported here, not at the top: the query workers use this client for remote read only,
      // and the YAML parser would cost each of their isolates ~0.9 MiB of heap.
      const { externalLabelsFromConfigYaml } = await import('./config-yaml.js');
      return externalLabelsFromConfigYaml(data.yaml);
    } catch (err) {
      throw new PrometheusError(`GET ${href}: ${(err as Error).message}`, href, 200, { cause: err });
    }
  }

  /**
   * Command-line flags (name without dashes → value). `undefined` when the endpoint does not exist
   * (404, Prometheus before 2.2): the real sidecar then skips its flag checks.
   */
  async flags(signal?: AbortSignal): Promise<Record<string, string> | undefined> {
    try {
      const { data } = await this.api<Record<string, unknown>>('/api/v1/status/flags', undefined, signal);
      const href = this.url('/api/v1/status/flags').href;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new PrometheusError(`GET ${href}: data is not an object`, href, 200);
      }
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(data)) out[k] = String(v);
      return out;
    } catch (err) {
      if (err instanceof PrometheusError && err.status === 404) return undefined;
      throw err;
    }
  }

  /** Build information (/api/v1/status/buildinfo, Prometheus ≥ 2.14). */
  async version(signal?: AbortSignal): Promise<BuildInfo> {
    const { data } = await this.api<BuildInfo>('/api/v1/status/buildinfo', undefined, signal);
    const href = this.url('/api/v1/status/buildinfo').href;
    if (data === null || typeof data !== 'object' || typeof data.version !== 'string') {
      throw new PrometheusError(`GET ${href}: data.version missing`, href, 200);
    }
    return data;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
