// thanos.Rules/Rules, served as the Go sidecar serves it (pkg/rules/prometheus.go,
// pkg/promclient RulesInGRPC): GET /api/v1/rules?type=alert|record, one RulesResponse{group} per
// rule group in Prometheus's order, every group marked PartialResponseStrategy=ABORT (Prometheus
// has no notion of it), and the external labels added to each *rule's* labels — not to the labels
// of its alert instances, which Thanos leaves as Prometheus reports them.
//
// Request fields beyond `type`:
// - matcher_string is not applied here. The Querier filters the merged groups itself
//   (pkg/rules/rules.go filterRules) over labels that include external labels, which Prometheus
//   cannot see; the Go sidecar ignores it too.
// - rule_name / rule_group / file (newer Queriers) are applied in-process with Prometheus's
//   semantics (a group emptied by the rule-name filter is dropped), so the answer does not depend
//   on whether this Prometheus version knows the rule_name[]/rule_group[]/file[] parameters.
//   Prometheus API warnings are forwarded as RulesResponse{warning}.
import type { ServerWritableStream } from '@grpc/grpc-js';
import Long from 'long';
import { thanos } from '../gen/proto.js';
import { callSignal, writeMessage, type ProxyDeps } from './proxy-call.js';
import { arr, extendLabels, labelSet, num, obj, optionalTimestamp, prometheusStatus, str, timestamp, zlabels } from './prom-json.js';

type Ext = readonly (readonly [string, string])[];

const ALERT_STATES: Record<string, thanos.AlertState> = {
  UNKNOWN: thanos.AlertState.UNKNOWN,
  INACTIVE: thanos.AlertState.INACTIVE,
  PENDING: thanos.AlertState.PENDING,
  FIRING: thanos.AlertState.FIRING,
};

/** An alert state string as AlertState (case-insensitive, as AlertState.UnmarshalJSON). */
export function alertState(v: unknown, what: string): thanos.AlertState {
  const s = str(v, what);
  const state = ALERT_STATES[s.toUpperCase()];
  if (state === undefined) throw new Error(`${what}: unknown alert state ${JSON.stringify(s)}`);
  return state;
}

function alertInstance(v: unknown, what: string): thanos.AlertInstance.$Properties {
  const a = obj(v, what);
  const out: thanos.AlertInstance.$Properties = {
    labels: zlabels(labelSet(a.labels, `${what}.labels`)),
    annotations: zlabels(labelSet(a.annotations, `${what}.annotations`)),
    state: alertState(a.state, `${what}.state`),
    value: str(a.value, `${what}.value`),
  };
  const activeAt = optionalTimestamp(a.activeAt, `${what}.activeAt`);
  if (activeAt) out.activeAt = activeAt;
  return out;
}

/** One rule of /api/v1/rules as a thanos.Rule, external labels added to its labels. */
export function ruleFromJson(v: unknown, ext: Ext, what: string): thanos.Rule.$Properties {
  const r = obj(v, what);
  const type = str(r.type, `${what}.type`).toLowerCase();
  const labels = zlabels(extendLabels(labelSet(r.labels, `${what}.labels`), ext));
  if (type === 'recording') {
    return {
      recording: {
        name: str(r.name, `${what}.name`),
        query: str(r.query, `${what}.query`),
        labels,
        health: str(r.health, `${what}.health`),
        lastError: str(r.lastError, `${what}.lastError`),
        evaluationDurationSeconds: num(r.evaluationTime, `${what}.evaluationTime`),
        lastEvaluation: timestamp(r.lastEvaluation, `${what}.lastEvaluation`),
      },
    };
  }
  if (type === 'alerting') {
    return {
      alert: {
        state: alertState(r.state, `${what}.state`),
        name: str(r.name, `${what}.name`),
        query: str(r.query, `${what}.query`),
        durationSeconds: num(r.duration, `${what}.duration`),
        labels,
        annotations: zlabels(labelSet(r.annotations, `${what}.annotations`)),
        alerts: arr(r.alerts, `${what}.alerts`).map((a, i) => alertInstance(a, `${what}.alerts[${i}]`)),
        health: str(r.health, `${what}.health`),
        lastError: str(r.lastError, `${what}.lastError`),
        evaluationDurationSeconds: num(r.evaluationTime, `${what}.evaluationTime`),
        lastEvaluation: timestamp(r.lastEvaluation, `${what}.lastEvaluation`),
        keepFiringForSeconds: num(r.keepFiringFor, `${what}.keepFiringFor`),
      },
    };
  }
  throw new Error(type === '' ? `${what}: no type field provided` : `${what}: unknown rule type ${JSON.stringify(type)}`);
}

/** One group of /api/v1/rules as a thanos.RuleGroup. */
export function ruleGroupFromJson(v: unknown, ext: Ext, what: string): thanos.RuleGroup.$Properties {
  const g = obj(v, what);
  return {
    name: str(g.name, `${what}.name`),
    file: str(g.file, `${what}.file`),
    rules: arr(g.rules, `${what}.rules`).map((r, i) => ruleFromJson(r, ext, `${what}.rules[${i}]`)),
    interval: num(g.interval, `${what}.interval`),
    evaluationDurationSeconds: num(g.evaluationTime, `${what}.evaluationTime`),
    lastEvaluation: timestamp(g.lastEvaluation, `${what}.lastEvaluation`),
    limit: Long.fromNumber(num(g.limit, `${what}.limit`)),
    PartialResponseStrategy: thanos.PartialResponseStrategy.ABORT,
  };
}

/** The /api/v1/rules query for a request: only `type`, as the Go sidecar sends. */
export function rulesParams(req: thanos.RulesRequest): Record<string, string> | undefined {
  if (req.type === thanos.RulesRequest.Type.ALERT) return { type: 'alert' };
  if (req.type === thanos.RulesRequest.Type.RECORD) return { type: 'record' };
  return undefined;
}

/** Applies rule_group / file / rule_name from the request (see the header comment). */
export function filterGroups(groups: thanos.RuleGroup.$Properties[], req: thanos.RulesRequest): thanos.RuleGroup.$Properties[] {
  const groupNames = new Set(req.ruleGroup ?? []);
  const files = new Set(req.file ?? []);
  const ruleNames = new Set(req.ruleName ?? []);
  const out: thanos.RuleGroup.$Properties[] = [];
  for (const g of groups) {
    if (groupNames.size > 0 && !groupNames.has(g.name ?? '')) continue;
    if (files.size > 0 && !files.has(g.file ?? '')) continue;
    if (ruleNames.size > 0) {
      const rules = (g.rules ?? []).filter((r) => ruleNames.has(r.recording?.name ?? r.alert?.name ?? ''));
      if (rules.length === 0) continue;
      out.push({ ...g, rules });
    } else out.push(g);
  }
  return out;
}

export function rulesHandler(deps: ProxyDeps): (call: ServerWritableStream<thanos.RulesRequest, Buffer>) => Promise<void> {
  return async (call) => {
    const signal = callSignal(call);
    const req = call.request;
    let result;
    try {
      result = await deps.prometheus.api<unknown>('/api/v1/rules', rulesParams(req), signal);
    } catch (err) {
      throw prometheusStatus(err);
    }
    const ext = deps.externalLabels();
    const data = obj(result.data, 'data');
    const groups = filterGroups(
      arr(data.groups, 'data.groups').map((g, i) => ruleGroupFromJson(g, ext, `data.groups[${i}]`)),
      req,
    );
    for (const w of result.warnings) await writeMessage(call, thanos.RulesResponse.encode({ warning: w }).finish(), signal);
    for (const group of groups) await writeMessage(call, thanos.RulesResponse.encode({ group }).finish(), signal);
  };
}
