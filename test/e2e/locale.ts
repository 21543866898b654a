// Runs the real editor in another display language (WXPUSH_E2E_LOCALE=zh-cn).
//
// code-server 4.100.3 ignores `--locale zh-cn` (and a `locale` in argv.json) unless a language pack
// for that locale is installed: without one, `vscode.env.language` stays `en` and no extension's
// zh-cn bundle loads. Language packs come from the marketplace, which cannot be reached here. So
// the run registers a minimal pack of its own the way VS Code records an installed one (an entry in
// the user data folder's languagepacks.json pointing at the pack's translations) and sets the
// display language in argv.json, which is what "Configure Display Language" writes. The pack
// translates nothing of VS Code itself (its workbench stays English); what changes is the display
// language VS Code reports to extensions, so wxpush loads package.nls.zh-cn.json and
// l10n/bundle.l10n.zh-cn.json through VS Code's own mechanism, unmodified.
import * as fs from 'fs';
import * as path from 'path';

export function prepareDisplayLanguage(userDataDir: string, locale: string, log: (msg: string) => void = () => undefined): void {
  const pack = path.join(userDataDir, '..', `language-pack-${locale}`);
  const translations = path.join(pack, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(
    path.join(pack, 'package.json'),
    JSON.stringify(
      {
        name: `test-language-pack-${locale}`,
        publisher: 'wxpush-test',
        version: '0.0.1',
        engines: { vscode: '^1.100.0' },
        contributes: { localizations: [{ languageId: locale, languageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const index = {
    [locale]: {
      hash: `wxpush-test-${locale}`,
      extensions: [{ extensionIdentifier: { id: `wxpush-test.test-language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(index, null, 2));
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }, null, 2));
  log(`display language ${locale} (argv.json, with a minimal language pack registered in languagepacks.json)`);
}
