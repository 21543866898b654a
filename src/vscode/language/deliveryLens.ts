// The delivery summary as a CodeLens above the front matter (or the first item). Clicking it opens
// the preview when the preview command exists, else the format documentation.
import * as vscode from 'vscode';
import { deliverySummary } from '../../core/language/delivery';
import type { DocumentModels } from '../documentModels';
import { docsPageUrl } from '../../core/docs';
import { displayLocale } from '../locale';
import { today } from './convert';

export const OPEN_DELIVERY_COMMAND = 'wxpush.language.openDeliveryDetails';
export const PREVIEW_COMMAND = 'wxpush.preview.openToSide';

export class DeliveryLensProvider implements vscode.CodeLensProvider {
  constructor(private readonly models: DocumentModels) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const doc = this.models.get(document);
    const anchor = doc.frontMatter?.span.start ?? doc.items[0]?.span.start;
    if (anchor === undefined) return [];
    const summary = deliverySummary(doc, { today: today(), locale: displayLocale() });
    const line = doc.lines.lineAt(anchor);
    const title = summary.overQuota ? `$(warning) ${summary.title}` : summary.title;
    return [
      new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title,
        tooltip: plain(summary.tooltip),
        command: OPEN_DELIVERY_COMMAND,
        arguments: [document.uri],
      }),
    ];
  }
}

export async function openDeliveryDetails(extensionUri: vscode.Uri, uri?: vscode.Uri): Promise<void> {
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes(PREVIEW_COMMAND)) {
    await vscode.commands.executeCommand(PREVIEW_COMMAND, uri ?? vscode.window.activeTextEditor?.document.uri);
    return;
  }
  // Until the preview exists: the format page, from the extension folder in a checkout, else online.
  const local = vscode.Uri.joinPath(extensionUri, 'docs', ...(displayLocale() === 'zh-cn' ? ['zh-cn'] : []), 'format.md');
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(docsPageUrl('format', displayLocale())));
  }
}

/** CodeLens tooltips are plain text. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}
