// Typed access to the project's plain-JS scripts (shared with `npm start`, which needs no build).
import * as path from 'path';
import type { ChildProcess } from 'child_process';
import { REPO_ROOT } from './paths';

export interface InstanceDirs {
  root: string;
  userData: string;
  extensions: string;
  xdg: string;
  tmp: string;
}

export interface CodeServer {
  url: string;
  port: number;
  child: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

type Log = (msg: string) => void;

export interface CodeServerScript {
  chromiumPath(): string | undefined;
  ensureSystemPackages(opts?: { needCodeServerBuild?: boolean; log?: Log }): void;
  ensureCodeServer(opts?: { log?: Log }): string;
  instanceDirs(root: string): InstanceDirs;
  installVsix(vsix: string, dirs: InstanceDirs, opts?: { log?: Log }): void;
  startCodeServer(opts: { dirs: InstanceDirs; workspace?: string; port?: number; log?: Log; env?: Record<string, string>; onOutput?: (text: string) => void }): Promise<CodeServer>;
}

export interface PackageScript {
  packageExtension(opts?: { log?: Log; listFiles?: boolean; outDir?: string }): { vsix: string; bytes: number; files: string[] };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const codeServer: CodeServerScript = require(path.join(REPO_ROOT, 'scripts', 'code-server.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const packaging: PackageScript = require(path.join(REPO_ROOT, 'scripts', 'package.js'));
