// One parse per document version, shared by every feature (diagnostics, outline, preview, …).
// A new version is parsed incrementally from the last one parsed, using the ranges of the edits
// in between, so a keystroke re-reads only the item it lands in.
import * as vscode from 'vscode';
import { changedRangeOf, composeRanges, parsePush, reparsePush, type ChangedRange, type PushDocument } from '../core/format';

export const LANGUAGE_ID = 'wxpush';

interface Entry {
  version: number;
  doc: PushDocument;
  /** The edits since `version`, one per later version, in order. */
  edits: { version: number; range: ChangedRange | undefined }[];
}

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const entry = this.cache.get(e.document.uri.toString());
        if (!entry || !e.contentChanges.length) return;
        // Several changes (multi-cursor) are applied one after another; comparing the texts is
        // simpler than proving their order, and still cheap.
        const range = e.contentChanges.length === 1 ? changedRangeOf(e.contentChanges) : undefined;
        entry.edits.push({ version: e.document.version, range });
      }),
    ];
  }

  get(document: vscode.TextDocument): PushDocument {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.doc;
    const text = document.getText();
    let doc: PushDocument;
    if (hit && hit.version < document.version) {
      // The edits since the parsed version, composed into one range; when an edit event is
      // missing or had several changes, the texts are compared instead.
      let range: ChangedRange | undefined;
      let version = hit.version;
      for (const edit of hit.edits) {
        if (edit.version !== version + 1 || !edit.range) break;
        range = range ? composeRanges(range, edit.range) : edit.range;
        version = edit.version;
      }
      doc = reparsePush(hit.doc, text, version === document.version ? range : undefined);
    } else {
      doc = parsePush(text);
    }
    this.cache.set(key, { version: document.version, doc, edits: [] });
    return doc;
  }

  dispose() {
    for (const s of this.subscriptions) s.dispose();
    this.cache.clear();
  }
}
