// Writes wxpush.tmLanguage.json from src/grammar.js. `--check` fails when the committed file is
// stale or package.json's embeddedLanguages miss a fenced-code language (run by `npm run test:grammar`).
const fs = require('fs');
const path = require('path');
const { grammar, LANGUAGES } = require('./src/grammar');

const out = path.join(__dirname, 'wxpush.tmLanguage.json');
const json = JSON.stringify(grammar, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let failed = false;
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) {
    console.error('syntaxes/wxpush.tmLanguage.json is out of date: run `node syntaxes/build.js`.');
    failed = true;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  const contributed = (pkg.contributes.grammars || []).find((g) => g.scopeName === grammar.scopeName);
  const embedded = (contributed && contributed.embeddedLanguages) || {};
  const expected = { 'meta.embedded.block.frontmatter': 'yaml', 'meta.embedded.block.markdown': 'markdown' };
  for (const l of LANGUAGES) expected[`meta.embedded.block.${l.id}`] = l.id;
  for (const [scope, id] of Object.entries(expected)) {
    if (embedded[scope] !== id) {
      console.error(`package.json: contributes.grammars[${grammar.scopeName}].embeddedLanguages["${scope}"] should be "${id}".`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
  console.log('grammar is up to date');
} else {
  fs.writeFileSync(out, json);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
