// Which WeChat account a push goes to, and its credentials. The front matter's `account` names an
// entry of the `wxpush.accounts` setting (AppID, optional relay URL); the AppSecret (or the relay's
// key) lives only in VS Code's SecretStorage, never in settings, files or logs.
import * as vscode from 'vscode';
import { getField, stringValue } from '../../core/format';
import type { PushDocument } from '../../core/format/model';
import { shownAppId } from '../../core/publish/appId';
import type { PublishCredentials } from './core';

export const ACCOUNTS_SETTING = 'accounts';
export const SET_UP_COMMAND = 'wxpush.publish.setUpAccount';
export const FORGET_COMMAND = 'wxpush.publish.forgetSecret';

export interface AccountEntry {
  appId: string;
  relay?: string;
}

export const secretKey = (appId: string) => `wxpush.appSecret.${appId}`;
export const relayKey = (appId: string) => `wxpush.relayKey.${appId}`;

/** AppIDs of Official Accounts: `wx` and 16 hex digits. */
const APP_ID = /^wx[0-9a-f]{16}$/i;

/** The valid entries of `wxpush.accounts` (user settings only: see package.json's scope). */
export function accountEntries(): Record<string, AccountEntry> {
  const raw = vscode.workspace.getConfiguration('wxpush').get<unknown>(ACCOUNTS_SETTING);
  const out: Record<string, AccountEntry> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const { appId, relay } = v as { appId?: unknown; relay?: unknown };
    if (typeof appId !== 'string' || !appId.trim()) continue;
    out[name] = { appId: appId.trim(), ...(typeof relay === 'string' && relay.trim() ? { relay: relay.trim() } : {}) };
  }
  return out;
}

/** The front matter's `account:` value. */
export function accountOf(doc: PushDocument): string | undefined {
  return stringValue(getField(doc.frontMatter?.fields, 'account'));
}

export type Resolved =
  | { ok: true; name: string; entry: AccountEntry; credentials: PublishCredentials }
  | { ok: false; reason: 'no-account' | 'no-entry' | 'no-secret'; name?: string; entry?: AccountEntry };

export async function resolveAccount(secrets: vscode.SecretStorage, doc: PushDocument): Promise<Resolved> {
  const name = accountOf(doc);
  if (!name) return { ok: false, reason: 'no-account' };
  const entry = accountEntries()[name];
  if (!entry) return { ok: false, reason: 'no-entry', name };
  if (entry.relay) {
    const key = await secrets.get(relayKey(entry.appId));
    if (!key) return { ok: false, reason: 'no-secret', name, entry };
    return { ok: true, name, entry, credentials: { appId: entry.appId, relay: { url: entry.relay, key } } };
  }
  const appSecret = await secrets.get(secretKey(entry.appId));
  if (!appSecret) return { ok: false, reason: 'no-secret', name, entry };
  return { ok: true, name, entry, credentials: { appId: entry.appId, appSecret } };
}

/** Tells the author what is missing and offers "Set Up Account…" for it; returns what it showed. */
export function explainMissing(r: Extract<Resolved, { ok: false }>): { message: string; actions: string[] } {
  const setUp = vscode.l10n.t('Set Up Account…');
  const message =
    r.reason === 'no-account'
      ? vscode.l10n.t('This push names no account: add `account:` to its front matter, then set the account up.')
      : r.reason === 'no-entry'
        ? vscode.l10n.t('No AppID is set for the account “{0}” (setting wxpush.accounts).', r.name ?? '')
        : r.entry?.relay
          ? vscode.l10n.t('The relay key of the account “{0}” is not stored on this computer yet.', r.name ?? '')
          : vscode.l10n.t('The AppSecret of the account “{0}” is not stored on this computer yet.', r.name ?? '');
  const actions = r.reason === 'no-account' ? [] : [setUp];
  void vscode.window.showWarningMessage(message, ...actions).then((choice) => choice === setUp && vscode.commands.executeCommand(SET_UP_COMMAND, r.name));
  return { message, actions };
}

/**
 * "Set Up Account…": account name → AppID → AppSecret (or relay key). The AppID goes to the user's
 * `wxpush.accounts`; the secret only to SecretStorage. Returns the account name, or undefined when
 * the author cancelled.
 */
export async function setUpAccount(secrets: vscode.SecretStorage, suggested?: string): Promise<string | undefined> {
  const entries = accountEntries();
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Set Up Account (1/3)'),
    prompt: vscode.l10n.t('The account’s name, as the front matter’s `account:` writes it'),
    value: suggested ?? Object.keys(entries)[0] ?? '',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the account’s name.')),
  });
  if (name === undefined) return undefined;
  const account = name.trim();
  const existing = entries[account];
  const appId = await vscode.window.showInputBox({
    title: vscode.l10n.t('Set Up Account (2/3)'),
    prompt: vscode.l10n.t('The AppID of “{0}” (developer platform → My business → Basic information)', account),
    value: existing?.appId ?? '',
    placeHolder: 'wx0123456789abcdef',
    ignoreFocusOut: true,
    validateInput: (v) => (APP_ID.test(v.trim()) ? undefined : vscode.l10n.t('An AppID is “wx” and 16 hexadecimal digits.')),
  });
  if (appId === undefined) return undefined;
  const id = appId.trim();
  const relay = existing?.appId === id ? existing.relay : undefined;
  const secret = await vscode.window.showInputBox({
    title: vscode.l10n.t('Set Up Account (3/3)'),
    prompt: relay
      ? vscode.l10n.t('The key of your relay at {0}. It is kept in VS Code’s secret storage only.', relay)
      : vscode.l10n.t('The AppSecret of {0}. It is kept in VS Code’s secret storage only, never in settings or files.', id),
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() && !/\s/.test(v.trim()) ? undefined : relay ? vscode.l10n.t('Enter the relay key.') : vscode.l10n.t('Enter the AppSecret.')),
  });
  if (secret === undefined) return undefined;
  await secrets.store(relay ? relayKey(id) : secretKey(id), secret.trim());
  const config = vscode.workspace.getConfiguration('wxpush');
  const global = (config.inspect<Record<string, AccountEntry>>(ACCOUNTS_SETTING)?.globalValue ?? {}) as Record<string, AccountEntry>;
  if (global[account]?.appId !== id) {
    await config.update(ACCOUNTS_SETTING, { ...global, [account]: { ...(relay ? { relay } : {}), appId: id } }, vscode.ConfigurationTarget.Global);
  }
  // Names the account and the ends of its AppID, never the secret or key.
  void vscode.window.showInformationMessage(vscode.l10n.t('The account “{0}” ({1}) is set up. Its secret is in VS Code’s secret storage.', account, shownAppId(id)));
  return account;
}

/** "Forget Account Secret": removes the stored AppSecret and relay key of one account. */
export async function forgetAccountSecret(secrets: vscode.SecretStorage, suggested?: string): Promise<string | undefined> {
  const entries = accountEntries();
  const names = Object.keys(entries);
  if (names.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No account is set up (setting wxpush.accounts).'));
    return undefined;
  }
  const picked =
    suggested && entries[suggested]
      ? suggested
      : names.length === 1
        ? names[0]
        : (await vscode.window.showQuickPick(names.map((n) => ({ label: n, description: entries[n].appId })), { title: vscode.l10n.t('Forget the secret of which account?') }))?.label;
  if (!picked) return undefined;
  const appId = entries[picked].appId;
  await secrets.delete(secretKey(appId));
  await secrets.delete(relayKey(appId));
  void vscode.window.showInformationMessage(vscode.l10n.t('The secret of “{0}” ({1}) is removed from this computer. Its AppID stays in the settings.', picked, shownAppId(appId)));
  return picked;
}
