// Publishing from the editor: the commands, the output channel and the last publish in the status
// bar. The work itself is the core's (src/node/publish); these are its VS Code adapters.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type DocumentModels } from '../documentModels';
import { accountOf, FORGET_COMMAND, forgetAccountSecret, SET_UP_COMMAND, setUpAccount } from './accounts';
import { PHONE_PREVIEW_COMMAND, PUBLISH_COMMAND, publishToDraftBox, sendPreviewToPhone, type PublishContext } from './commands';
import { draftLinks } from './draftLinks';
import { LastPublishStatus, SHOW_LAST_COMMAND } from './lastPublish';
import { PublishLog } from './output';

export function registerPublish(context: vscode.ExtensionContext, models: DocumentModels): PublishContext {
  const log = new PublishLog();
  const status = new LastPublishStatus(context.workspaceState);
  const ctx: PublishContext = { extension: context, models, log, status };
  context.subscriptions.push(
    log,
    status,
    vscode.commands.registerCommand(PUBLISH_COMMAND, (uri?: vscode.Uri) => publishToDraftBox(ctx, uri)),
    vscode.commands.registerCommand(PHONE_PREVIEW_COMMAND, (uri?: vscode.Uri) => sendPreviewToPhone(ctx, uri)),
    vscode.commands.registerCommand(SET_UP_COMMAND, (name?: string) => setUpAccount(context.secrets, typeof name === 'string' ? name : activeAccount(models))),
    vscode.commands.registerCommand(FORGET_COMMAND, (name?: string) => forgetAccountSecret(context.secrets, typeof name === 'string' ? name : activeAccount(models))),
    vscode.commands.registerCommand(SHOW_LAST_COMMAND, async () => {
      const document = vscode.window.activeTextEditor?.document;
      const last = document && status.get(document.uri);
      if (!document || !last?.previewUrl) return;
      draftLinks.set(document.uri, { url: last.previewUrl, articles: last.articles, publishedAt: last.at });
      await vscode.commands.executeCommand('wxpush.preview.openToSide', document.uri);
    }),
  );
  return ctx;
}

function activeAccount(models: DocumentModels): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? accountOf(models.get(document)) : undefined;
}
