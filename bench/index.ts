// `npm run bench`: every benchmark prints medians and a ratio against a baseline from the same run.
import * as fs from 'fs';
import * as path from 'path';
import { benchParse } from './parse';
import { settle } from './measure';

type Bench = () => string | string[] | Promise<string | string[]>;

async function main() {
  const benches: [string, Bench][] = [['parse', benchParse]];
  // Benchmarks of later parts register themselves by file: bench/<name>.ts exporting bench<Name>().
  for (const [file, fn] of [['lint', 'benchLint'], ['export', 'benchExport'], ['themes', 'benchThemes'], ['relay', 'benchRelay'], ['parseHostile', 'benchParseHostile'], ['lintHostile', 'benchLintHostile'], ['count', 'benchCount']] as const) {
    const p = path.join(__dirname, `${file}.js`);
    if (fs.existsSync(p)) {
      const mod = require(p);
      if (typeof mod[fn] === 'function') benches.push([file, mod[fn]]);
    }
  }
  const only = process.argv.slice(2);
  for (const [name, fn] of benches) {
    if (only.length && !only.includes(name)) continue;
    // Each section starts without the garbage of the one before.
    settle();
    const out = await fn();
    console.log((Array.isArray(out) ? out.join('\n') : out) + '\n');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
