// Shared flag handling for the CLI tools: node:util parseArgs in strict mode, so an unknown flag is
// refused by name rather than ignored.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EngineError, MAX_TIME, MIN_TIME, type Engine } from '../engine/engine.js';
import { engineFor, getEngine } from '../engine/load.js';

export class UsageError extends Error {}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${usage}`);
  }
}

/** Parses a millisecond timestamp flag, clamped to the range the engine accepts. */
export function parseTime(flag: string, value: string | undefined, dflt: number): number {
  if (value === undefined) return dflt;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`--${flag}: expected an integer millisecond timestamp, got ${JSON.stringify(value)}`);
  const n = BigInt(value.trim());
  if (n < BigInt(MIN_TIME)) return MIN_TIME;
  if (n > BigInt(MAX_TIME)) return MAX_TIME;
  return Number(n);
}

export async function pickEngine(value: string | undefined): Promise<Engine> {
  if (value === undefined) return getEngine();
  if (value !== 'native' && value !== 'ts') throw new UsageError(`--engine: expected native or ts, got ${JSON.stringify(value)}`);
  try {
    return await engineFor(value);
  } catch (err) {
    throw new EngineError('NOT_FOUND', `--engine native: ${(err as Error).message}`);
  }
}
