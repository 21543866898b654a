import * as vscode from 'vscode';
import type { PushDocument } from '../../core/format/model';
import { buildSymbols, type PushSymbol, type PushSymbolKind } from '../../core/language/symbols';
import type { DocumentModels } from '../documentModels';
import { displayLocale } from '../locale';
import { toRange } from './convert';

const KINDS: Record<PushSymbolKind, vscode.SymbolKind> = {
  push: vscode.SymbolKind.Package,
  article: vscode.SymbolKind.Class,
  text: vscode.SymbolKind.String,
  image: vscode.SymbolKind.File,
  audio: vscode.SymbolKind.Event,
  video: vscode.SymbolKind.Object,
  heading: vscode.SymbolKind.String,
};

export class PushSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly models: DocumentModels) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const doc = this.models.get(document);
    return buildSymbols(doc, displayLocale()).map((s) => convert(doc, s));
  }
}

function convert(doc: PushDocument, s: PushSymbol): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], toRange(doc, s.span), toRange(doc, s.selectionSpan));
  symbol.children = s.children.map((c) => convert(doc, c));
  return symbol;
}
