// "Publish to Draft Box" and "Send Preview to WeChat…": the editor's adapters around the core's
// publishPush and sendPhonePreview. They read the unsaved buffer, the account's credentials from
// SecretStorage and the rules configuration the Problems panel uses; show progress that can be
// cancelled; log every call; and report what happened in words, with the draft link in the preview.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { rulesConfigFor } from '../diagnostics/io';
import { themeSettings } from '../theme';
import type { DocumentModels } from '../documentModels';
import { LANGUAGE_ID } from '../documentModels';
import { displayLocale } from '../locale';
import { explainMissing, resolveAccount } from './accounts';
import { publishPush, sendPhonePreview, type PublishOptions, type PublishResult } from './core';
import { draftLinks } from './draftLinks';
import { problemLine, showFailure, type ShownFailure } from './errors';
import type { LastPublishStatus } from './lastPublish';
import type { PublishLog } from './output';
import { withPublishProgress } from './progress';

export const PUBLISH_COMMAND = 'wxpush.publish.draft';
export const PHONE_PREVIEW_COMMAND = 'wxpush.publish.phonePreview';
const PREVIEW_TO_SIDE = 'wxpush.preview.openToSide';
export const PREVIEW_DAILY_LIMIT = 100;

export interface PublishContext {
  extension: vscode.ExtensionContext;
  models: DocumentModels;
  log: PublishLog;
  status: LastPublishStatus;
  /** What the last failed publish or preview showed (for tests). */
  lastFailure?: ShownFailure;
}

/** Where the upload cache, the draft mapping and the token cache live: the extension's global storage. */
export function cacheDir(context: vscode.ExtensionContext): string {
  const dir = path.join(context.globalStorageUri.fsPath, 'publish');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** The API's base URL: WeChat's unless `WXPUSH_API_BASE` names another (a local test server). */
export function apiBase(): string | undefined {
  return process.env.WXPUSH_API_BASE || undefined;
}

async function pushDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a .wxpush file to publish it.'));
    return undefined;
  }
  if (document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Save the push as a file first: its images are read from its folder.'));
    return undefined;
  }
  return document;
}

/** Options shared by both commands, or undefined after telling the author what is missing. */
async function prepare(ctx: PublishContext, document: vscode.TextDocument) {
  const doc = ctx.models.get(document);
  const account = await resolveAccount(ctx.extension.secrets, doc);
  if (!account.ok) {
    ctx.lastFailure = explainMissing(account);
    return undefined;
  }
  ctx.log.guard(account.credentials.appSecret, account.credentials.relay?.key);
  const options: PublishOptions = {
    filePath: document.uri.fsPath,
    text: document.getText(),
    credentials: account.credentials,
    apiBase: apiBase(),
    cacheDir: cacheDir(ctx.extension),
    locale: displayLocale(),
    log: (line) => ctx.log.info(line),
    rulesConfig: await rulesConfigFor(document.uri),
    // The draft is rendered in the theme the preview and Copy use (the theme file is read beside the push).
    themeSettings: themeSettings(document.uri),
  };
  const articles = doc.items.filter((i) => i.kind === 'article').length;
  return { options, account, articles };
}

/**
 * Where the calls go when not to WeChat itself: a relay or another API base, by host only. A URL
 * may carry a user part or a query; the log gets neither.
 */
function via(options: PublishOptions): string {
  const relay = options.credentials?.relay?.url;
  const target = relay ?? options.apiBase;
  if (!target) return '';
  let host = '?';
  try {
    host = new URL(target).host;
  } catch {
    /* an unparsable URL fails the publish itself, with its own message */
  }
  return relay ? ` via the relay ${host}` : ` via ${host}`;
}

export async function publishToDraftBox(ctx: PublishContext, uri?: vscode.Uri, newDraft = false): Promise<PublishResult | undefined> {
  const document = await pushDocument(uri);
  if (!document) return undefined;
  const prepared = await prepare(ctx, document);
  if (!prepared) return undefined;
  const { options, account, articles } = prepared;
  const name = path.basename(document.uri.fsPath);
  ctx.log.info(`publish ${name} → ${account.name} (${account.entry.appId})${via(options)}`);
  let result: PublishResult;
  try {
    result = await withPublishProgress(vscode.l10n.t('Publishing {0} to the draft box of “{1}”', name, account.name), (signal, onProgress) =>
      publishPush({ ...options, newDraft, signal, onProgress }),
    );
  } catch (e) {
    ctx.lastFailure = await showFailure(e, displayLocale(), ctx.log, 'publish', account.name);
    return undefined;
  }
  ctx.log.info(`${result.action}: draft ${result.draftMediaId ?? '-'}, ${result.uploads.filter((u) => !u.cached).length} uploaded, ${result.uploads.filter((u) => u.cached).length} cached`);
  for (const n of result.notes) ctx.log.info(`note: ${n}`);
  for (const s of result.skipped) ctx.log.info(`not in the draft: item ${s.itemIndex + 1} (${s.kind}): ${s.reason}`);
  for (const w of result.lint.warnings) ctx.log.info(`warning: ${problemLine(w)}`);

  const at = Date.now();
  await ctx.status.set(document.uri, { at, action: result.action, articles, account: account.name, draftMediaId: result.draftMediaId, previewUrl: result.previewUrl });
  if (result.previewUrl) {
    draftLinks.set(document.uri, { url: result.previewUrl, articles, publishedAt: at });
    // The link and its QR code are shown in the preview: open it beside the editor if it is not.
    await vscode.commands.executeCommand(PREVIEW_TO_SIDE, document.uri);
  }
  void announce(result, account.name, articles);
  return result;
}

function actionText(result: PublishResult, account: string, articles: number): string {
  switch (result.action) {
    case 'created':
      return vscode.l10n.t('New draft in the draft box of “{0}” with {1} article(s).', account, articles);
    case 'updated':
      return vscode.l10n.t('Draft of “{0}” updated: article(s) {1} changed.', account, result.updatedIndexes.map((i) => i + 1).join(', '));
    case 'unchanged':
      return vscode.l10n.t('The draft of “{0}” already matches the file: nothing was sent.', account);
    case 'replaced':
      return vscode.l10n.t('The earlier draft of “{0}” no longer exists: a new draft with {1} article(s) replaces it.', account, articles);
    default:
      return vscode.l10n.t('Dry run: nothing was sent.');
  }
}

async function announce(result: PublishResult, account: string, articles: number) {
  const uploaded = result.uploads.filter((u) => !u.cached).length;
  const cached = result.uploads.length - uploaded;
  const parts = [actionText(result, account, articles)];
  if (result.uploads.length) parts.push(vscode.l10n.t('Uploaded {0} file(s), {1} from the cache.', uploaded, cached));
  parts.push(...result.notes);
  // The reasons are long: the message names the items, the log says why.
  if (result.skipped.length) parts.push(vscode.l10n.t('Not in the draft (see the log): {0}.', result.skipped.map((s) => `#${s.itemIndex + 1} @${s.kind}`).join(', ')));
  const open = vscode.l10n.t('Open the draft');
  void vscode.window.showInformationMessage(parts.join(' '), ...(result.previewUrl ? [open] : [])).then((c) => {
    if (c === open && result.previewUrl) void vscode.env.openExternal(vscode.Uri.parse(result.previewUrl));
  });
  const warnings = result.lint.warnings;
  if (warnings.length) {
    const showProblems = vscode.l10n.t('Show Problems');
    const first = problemLine(warnings[0]);
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Published with {0} warning(s), the first: {1}', warnings.length, first), showProblems)
      .then((c) => c && vscode.commands.executeCommand('workbench.actions.view.problems'));
  }
}

const wxNameKey = (appId: string) => `wxpush.publish.previewWxName.${appId}`;

export interface PhonePreviewOutcome {
  towxname: string;
  sent: number;
  explained: { itemIndex: number; reason: string }[];
  usedToday: number;
}

/** "Send Preview to WeChat…": every item to the author's own WeChat ID (verified accounts). */
export async function sendPreviewToPhone(ctx: PublishContext, uri?: vscode.Uri): Promise<PhonePreviewOutcome | undefined> {
  const document = await pushDocument(uri);
  if (!document) return undefined;
  const prepared = await prepare(ctx, document);
  if (!prepared) return undefined;
  const { options, account } = prepared;
  const appId = account.entry.appId;
  let towxname = ctx.extension.globalState.get<string>(wxNameKey(appId));
  if (!towxname) {
    const entered = await vscode.window.showInputBox({
      title: vscode.l10n.t('Send Preview to WeChat'),
      prompt: vscode.l10n.t('Your WeChat ID (not the nickname). It must follow “{0}”. Asked once for this account.', account.name),
      ignoreFocusOut: true,
      validateInput: (v) => (/^[A-Za-z][-_A-Za-z0-9]{5,19}$/.test(v.trim()) ? undefined : vscode.l10n.t('A WeChat ID has 6–20 letters, digits, “-” or “_”, starting with a letter.')),
    });
    if (!entered) return undefined;
    towxname = entered.trim();
    await ctx.extension.globalState.update(wxNameKey(appId), towxname);
  }
  ctx.log.info(`phone preview ${path.basename(document.uri.fsPath)} → ${account.name} (${appId})${via(options)}`);
  const countFile = path.join(options.cacheDir, `preview-count-${appId}.json`);
  try {
    const result = await withPublishProgress(vscode.l10n.t('Sending the preview to {0}', towxname), (signal, onProgress) =>
      sendPhonePreview({ ...options, towxname: towxname!, countFile, signal, onProgress }),
    );
    const parts = [vscode.l10n.t('Sent {0} preview message(s) to {1}. Today: {2} of {3}.', result.sent.length, towxname, result.usedToday, PREVIEW_DAILY_LIMIT)];
    if (result.explained.length) parts.push(vscode.l10n.t('Not sent: {0}.', result.explained.map((x) => `#${x.itemIndex + 1} ${x.reason}`).join('; ')));
    for (const x of result.explained) ctx.log.info(`not sent: item ${x.itemIndex + 1}: ${x.reason}`);
    ctx.log.info(`sent ${result.sent.length} to the remembered WeChat ID; ${result.usedToday}/${PREVIEW_DAILY_LIMIT} today`);
    void vscode.window.showInformationMessage(parts.join(' '));
    return { towxname, sent: result.sent.length, explained: result.explained, usedToday: result.usedToday };
  } catch (e) {
    // A WeChat ID the API does not know is asked again next time.
    if ((e as { errcode?: number }).errcode === 40132) await ctx.extension.globalState.update(wxNameKey(appId), undefined);
    ctx.lastFailure = await showFailure(e, displayLocale(), ctx.log, 'preview', account.name);
    return undefined;
  }
}

