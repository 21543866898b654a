// `.wxpushrc.json`: looked up from a file's folder upward; the nearest one applies.
// { "rules": { "<rule id or tag>": "off" | "info" | "warning" | "error" } }
import * as path from 'path';
import { readRulesConfig } from '../core/rules/severity';
import type { RulesConfig } from '../core/rules/types';
import { readRegularFileSync, statPathSync } from './regularFile';

export const CONFIG_FILE = '.wxpushrc.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

export class ConfigError extends Error {}

export interface LoadedConfig {
  file?: string;
  rules: RulesConfig;
}

/** Reads a config file's text; throws ConfigError with a readable message when it is not valid JSON. */
export function parseConfigText(text: string, file = CONFIG_FILE): RulesConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ConfigError(`${file} must hold a JSON object`);
  return readRulesConfig((json as { rules?: unknown }).rules);
}

export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    // Only a regular file counts: a pipe or a device named like the file would block or never end.
    try {
      if (statPathSync(candidate).kind === 'file') return candidate;
    } catch {
      /* unreadable: as if absent */
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const cache = new Map<string, LoadedConfig>();

export function loadConfigFor(file: string): LoadedConfig {
  const found = findConfigFile(path.dirname(path.resolve(file)));
  if (!found) return { rules: {} };
  let hit = cache.get(found);
  if (!hit) {
    hit = { file: found, rules: parseConfigText(readRegularFileSync(found, MAX_CONFIG_BYTES).bytes.toString('utf8'), found) };
    cache.set(found, hit);
  }
  return hit;
}
