// `.wxpushrc.json`: looked up from a file's folder upward to the repository or workspace root; the
// nearest one applies.
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

/**
 * The folders searched for `.wxpushrc.json`, nearest first: from `startDir` up to and including the
 * repository root (the nearest folder holding `.git`); outside a repository, up to `workspaceRoot`
 * (for the CLI, the working directory) when the file is inside it. With neither, only `startDir`:
 * a file elsewhere on the disk never picks up a configuration from some folder above it. The
 * editor stops the same way, at a repository root or at its workspace folder.
 */
export function configSearchDirs(startDir: string, workspaceRoot?: string): string[] {
  const root = workspaceRoot && path.resolve(workspaceRoot);
  const dirs: string[] = [];
  let atRoot = -1;
  let dir = path.resolve(startDir);
  for (;;) {
    dirs.push(dir);
    if (isRepositoryRoot(dir)) return dirs;
    if (dir === root) atRoot = dirs.length;
    const parent = path.dirname(dir);
    if (parent === dir) return atRoot > 0 ? dirs.slice(0, atRoot) : dirs.slice(0, 1);
    dir = parent;
  }
}

function isRepositoryRoot(dir: string): boolean {
  try {
    // A folder (a clone) or a file (a worktree or submodule) named .git.
    return statPathSync(path.join(dir, '.git')).kind !== 'missing';
  } catch {
    return false;
  }
}

export function findConfigFile(startDir: string, workspaceRoot?: string): string | undefined {
  for (const dir of configSearchDirs(startDir, workspaceRoot)) {
    const candidate = path.join(dir, CONFIG_FILE);
    // Only a regular file counts: a pipe or a device named like the file would block or never end.
    try {
      if (statPathSync(candidate).kind === 'file') return candidate;
    } catch {
      /* unreadable: as if absent */
    }
  }
  return undefined;
}

const cache = new Map<string, LoadedConfig>();

/** The configuration for `file`; `workspaceRoot` (the CLI's working directory) bounds the search. */
export function loadConfigFor(file: string, workspaceRoot?: string): LoadedConfig {
  const found = findConfigFile(path.dirname(path.resolve(file)), workspaceRoot);
  if (!found) return { rules: {} };
  let hit = cache.get(found);
  if (!hit) {
    hit = { file: found, rules: parseConfigText(readRegularFileSync(found, MAX_CONFIG_BYTES).bytes.toString('utf8'), found) };
    cache.set(found, hit);
  }
  return hit;
}
