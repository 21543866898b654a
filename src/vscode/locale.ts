// The display language VS Code runs in, as the core's locales: Simplified Chinese for any `zh*`
// display language, English otherwise. Read once per call so a test can rely on the live value.
import * as vscode from 'vscode';

export type DisplayLocale = 'en' | 'zh-cn';

export function displayLocale(): DisplayLocale {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
