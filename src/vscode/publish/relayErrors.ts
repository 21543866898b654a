// The words for a publish that failed at a team relay. Which failure it was, and what to offer,
// is the core's choice (src/node/publish/relayFailure.ts); this words it in the display language
// and carries out the offers. The message names the relay's host, never its key.
import * as vscode from 'vscode';
import { SET_UP_COMMAND } from './accounts';
import { docsPageUrl } from '../../core/docs';
import { displayLocale } from '../locale';
import { type RelayFailure } from './core';
import type { ShownFailure } from './errors';
import type { PublishLog } from './output';

export function relayMessage(f: RelayFailure, account: string): string {
  switch (f.kind) {
    case 'key-refused':
      return vscode.l10n.t(
        'The relay at {0} refused the key of the account “{1}”: the key is wrong or was revoked. Ask the relay’s owner for a new key, then store it with Set Up Account….',
        f.host,
        account,
      );
    case 'rate-limited':
      return vscode.l10n.t('The relay at {0} is holding this key back: it sent too many requests. Try again in {1} s.', f.host, f.retryAfter ?? 60);
    case 'unreachable':
      return vscode.l10n.t(
        'Could not reach the relay at {0} ({1}). Check that the relay is running and that the account’s relay URL in the setting wxpush.accounts is right.',
        f.host,
        f.detail ?? '',
      );
    case 'wechat-unreachable':
      return vscode.l10n.t(
        'The relay at {0} is running but could not get an answer from WeChat. Nothing is wrong on this computer: try again later, and tell the relay’s owner if it goes on.',
        f.host,
      );
    case 'too-large':
      return vscode.l10n.t('The relay at {0} refused a file as too large: make the largest image or video smaller, then publish again.', f.host);
    case 'relay-ip':
      return vscode.l10n.t(
        'WeChat refused the relay at {0}: its address {1} is not in the account’s IP whitelist. Only the relay’s owner can add it (developer platform → IP whitelist); nothing needs to change on this computer.',
        f.host,
        f.ip ?? '?',
      );
    case 'not-relayed':
      return vscode.l10n.t('The relay at {0} does not forward a call this version of wxpush makes: update the relay to the same version.', f.host);
    default:
      return vscode.l10n.t('The relay at {0} could not complete the request ({1}): ask its owner.', f.host, f.detail ?? '');
  }
}

/** Shows a relay failure with its offers; returns what was shown. */
export function showRelayFailure(f: RelayFailure, account: string, log: PublishLog): ShownFailure {
  const message = relayMessage(f, account);
  log.error(`relay ${f.host}: ${f.kind}${f.retryAfter !== undefined ? ` (retry after ${f.retryAfter} s)` : ''}${f.detail ? `: ${f.detail}` : ''}`);
  const labels: Record<RelayFailure['actions'][number], string> = {
    'set-up': vscode.l10n.t('Set Up Account…'),
    docs: vscode.l10n.t('Open Relay Docs'),
    log: vscode.l10n.t('Show Log'),
  };
  const actions = f.actions.map((a) => labels[a]);
  void Promise.resolve(vscode.window.showErrorMessage(message, ...actions)).then(async (choice) => {
    if (choice === labels['set-up']) await vscode.commands.executeCommand(SET_UP_COMMAND, account);
    else if (choice === labels.docs) await vscode.env.openExternal(vscode.Uri.parse(docsPageUrl('relay', displayLocale())));
    else if (choice === labels.log) log.show();
  });
  return { message, actions };
}
