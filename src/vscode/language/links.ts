import * as vscode from 'vscode';
import { buildLinks } from '../../core/language/links';
import type { DocumentModels } from '../documentModels';
import { resolveMediaUri, toRange } from './convert';

export class PushLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly models: DocumentModels) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const doc = this.models.get(document);
    return buildLinks(doc).map((l) => {
      const target = l.target.type === 'url' ? vscode.Uri.parse(l.target.url) : resolveMediaUri(document.uri, l.target.path);
      const link = new vscode.DocumentLink(toRange(doc, l.span), target);
      link.tooltip = l.target.type === 'url' ? vscode.l10n.t('Open link') : vscode.l10n.t('Open file');
      return link;
    });
  }
}
