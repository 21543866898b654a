// Registers the language features: outline, folding, completion, hover, document links, the
// delivery CodeLens and the status-bar item. Each provider only converts what src/core/language
// builds from the shared document model.
import * as vscode from 'vscode';
import type { DocumentModels } from '../documentModels';
import { LANGUAGE_ID } from '../documentModels';
import { COMPLETION_TRIGGERS, PushCompletionProvider } from './completion';
import { DeliveryLensProvider, OPEN_DELIVERY_COMMAND, openDeliveryDetails } from './deliveryLens';
import { PushFoldingProvider } from './folding';
import { PushHoverProvider } from './hover';
import { PushLinkProvider } from './links';
import { PushStatusBar } from './statusBar';
import { PushSymbolProvider } from './symbols';

export function registerLanguageFeatures(context: vscode.ExtensionContext, models: DocumentModels): { statusBar: PushStatusBar } {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const statusBar = new PushStatusBar(models);
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(selector, new PushSymbolProvider(models), { label: vscode.l10n.t('WeChat Push') }),
    vscode.languages.registerFoldingRangeProvider(selector, new PushFoldingProvider(models)),
    vscode.languages.registerCompletionItemProvider(selector, new PushCompletionProvider(models), ...COMPLETION_TRIGGERS),
    vscode.languages.registerHoverProvider(selector, new PushHoverProvider(models)),
    vscode.languages.registerDocumentLinkProvider(selector, new PushLinkProvider(models)),
    vscode.languages.registerCodeLensProvider(selector, new DeliveryLensProvider(models)),
    vscode.commands.registerCommand(OPEN_DELIVERY_COMMAND, (uri?: vscode.Uri) => openDeliveryDetails(context.extensionUri, uri)),
    statusBar,
  );
  return { statusBar };
}
