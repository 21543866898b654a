// One parse per document version, shared by every feature (diagnostics, outline, preview, …).
import * as vscode from 'vscode';
import { parsePush, type PushDocument } from '../core/format';

export const LANGUAGE_ID = 'wxpush';

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; doc: PushDocument }>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));
  }

  get(document: vscode.TextDocument): PushDocument {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.doc;
    const doc = parsePush(document.getText());
    this.cache.set(key, { version: document.version, doc });
    return doc;
  }

  dispose() {
    this.subscription.dispose();
    this.cache.clear();
  }
}
