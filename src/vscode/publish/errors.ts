// What the author sees when a publish or a phone preview does not go through: lint errors in a
// modal, the API's refusals with what to do (per error code, from the core), a team relay's own
// refusals (relayErrors.ts), network failures naming the host, and the IP whitelist error with the
// IP and the two actions it needs.
import * as vscode from 'vscode';
import type { DisplayLocale } from '../locale';
import { NetworkError, PublishRefused, relayFailure, WeChatApiError, type LintProblemSummary } from './core';
import type { PublishLog } from './output';
import { showRelayFailure } from './relayErrors';

export const DEVELOPER_PLATFORM = 'https://developers.weixin.qq.com/platform';
const MAX_LISTED = 12;

export function problemLine(p: LintProblemSummary): string {
  return `${p.line}:${p.column} ${p.message} (${p.ruleId})`;
}

/** What a failure showed the author (kept for the tests and the log). */
export interface ShownFailure {
  message: string;
  /** The modal's list of problems. */
  detail?: string;
  modal?: boolean;
  actions: string[];
}

/** The errors in a modal: nothing was sent. */
export async function showRefused(problems: LintProblemSummary[], what: 'publish' | 'preview'): Promise<ShownFailure> {
  const listed = problems.slice(0, MAX_LISTED).map(problemLine);
  if (problems.length > MAX_LISTED) listed.push(vscode.l10n.t('…and {0} more (see the Problems panel)', problems.length - MAX_LISTED));
  const title =
    what === 'publish'
      ? vscode.l10n.t('Not published: the push has {0} error(s). Nothing was sent.', problems.length)
      : vscode.l10n.t('No preview sent: the push has {0} error(s). Nothing was sent.', problems.length);
  const showProblems = vscode.l10n.t('Show Problems');
  const shown: ShownFailure = { message: title, detail: listed.join('\n'), modal: true, actions: [showProblems] };
  void Promise.resolve(vscode.window.showErrorMessage(title, { modal: true, detail: shown.detail }, showProblems)).then(
    (choice) => choice === showProblems && vscode.commands.executeCommand('workbench.actions.view.problems'),
    () => undefined, // a window that cannot show dialogs (tests): the refusal stands, logged
  );
  return shown;
}

/** The reason of an aborted signal (a DOMException named AbortError), whatever realm made it. */
function isAbort(e: unknown): boolean {
  const x = e as { name?: unknown; code?: unknown } | undefined;
  return !!x && (x.name === 'AbortError' || x.code === 'ABORT_ERR');
}

/**
 * Shows a failure. Returns what was shown (for tests). Not awaited by callers
 * that are done: the buttons are offers.
 */
export async function showFailure(e: unknown, locale: DisplayLocale, log: PublishLog, what: 'publish' | 'preview', account = ''): Promise<ShownFailure> {
  if (e instanceof PublishRefused) {
    log.error(`refused: ${e.problems.length} lint error(s)`);
    for (const p of e.problems) log.error(`  ${problemLine(p)}`);
    return showRefused(e.problems, what);
  }
  if (isAbort(e)) {
    const message = vscode.l10n.t('Cancelled. What was uploaded before stays in the upload cache; no draft was changed after the cancel.');
    log.info('cancelled');
    void vscode.window.showInformationMessage(message);
    return { message, actions: [] };
  }
  // Before the network branch: a relay that cannot be reached is the relay's URL or machine, not the connection.
  const relay = relayFailure(e);
  if (relay) return showRelayFailure(relay, account, log);
  const showLog = vscode.l10n.t('Show Log');
  if (e instanceof WeChatApiError) {
    const message = vscode.l10n.t('WeChat said no ({0} on {1}): {2}', e.errcode, e.path, e.advice(locale));
    log.error(`${e.path} errcode ${e.errcode}: ${e.errmsg}`);
    if (e.errcode === 40164) {
      const copyIp = vscode.l10n.t('Copy IP');
      const platform = vscode.l10n.t('Open the developer platform');
      // The advice names the IP when it knows it; otherwise the errmsg's own words are added.
      const ipMessage = e.ip && !message.includes(e.ip) ? `${message} ${vscode.l10n.t('The address WeChat saw: {0}.', e.ip)}` : message;
      void vscode.window.showErrorMessage(ipMessage, ...(e.ip ? [copyIp] : []), platform).then(async (choice) => {
        if (choice === copyIp && e.ip) {
          await vscode.env.clipboard.writeText(e.ip);
          void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0}. Add it to the IP whitelist; the change takes a few minutes.', e.ip));
        } else if (choice === platform) await vscode.env.openExternal(vscode.Uri.parse(DEVELOPER_PLATFORM));
      });
      return { message: ipMessage, actions: [...(e.ip ? [copyIp] : []), platform] };
    }
    void vscode.window.showErrorMessage(message, showLog).then((c) => c && log.show());
    return { message, actions: [showLog] };
  }
  if (e instanceof NetworkError) {
    const message = vscode.l10n.t('Could not reach {0}: {1}. Check the connection or the proxy, then try again.', e.host, e.message);
    log.error(`network: ${e.host}: ${e.message}`);
    void vscode.window.showErrorMessage(message, showLog).then((c) => c && log.show());
    return { message, actions: [showLog] };
  }
  const text = e instanceof Error ? e.message : String(e);
  const message = what === 'publish' ? vscode.l10n.t('Publishing failed: {0}', text) : vscode.l10n.t('The phone preview failed: {0}', text);
  log.error(message);
  void vscode.window.showErrorMessage(message, showLog).then((c) => c && log.show());
  return { message, actions: [showLog] };
}
