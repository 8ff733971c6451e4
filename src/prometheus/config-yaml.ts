// `global.external_labels` out of the Prometheus configuration that /api/v1/status/config returns
// as YAML text. A module of its own so that only the threads that ask for the config load a YAML
// parser (client.ts imports it on first use).

import { parse as parseYaml } from 'yaml';
import { compareUtf8 } from '../engine/series-set.js';
import type { LabelPair } from './client.js';

/**
 * `global.external_labels` from the YAML text of /api/v1/status/config, sorted by name (UTF-8 byte
 * order, as Go sorts label sets). No `global` or no `external_labels` → [].
 */
export function externalLabelsFromConfigYaml(yamlText: string): LabelPair[] {
  const doc = parseYaml(yamlText) as unknown;
  if (doc === null || doc === undefined) return [];
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new Error('config is not a YAML mapping');
  const global = (doc as Record<string, unknown>).global;
  if (global === null || global === undefined) return [];
  if (typeof global !== 'object' || Array.isArray(global)) throw new Error('config `global` is not a mapping');
  const ext = (global as Record<string, unknown>).external_labels;
  if (ext === null || ext === undefined) return [];
  if (typeof ext !== 'object' || Array.isArray(ext)) throw new Error('config `global.external_labels` is not a mapping');
  const out: LabelPair[] = [];
  for (const [name, value] of Object.entries(ext as Record<string, unknown>)) {
    // Prometheus renders label values as YAML strings, but a hand-written config may leave a number
    // or bool unquoted; Prometheus itself would have refused anything that is not a scalar.
    if (value === null || typeof value === 'object') {
      throw new Error(`config external label ${JSON.stringify(name)} has a non-scalar value`);
    }
    out.push([name, String(value)]);
  }
  out.sort((a, b) => compareUtf8(a[0], b[0]));
  return out;
}
