import * as vscode from 'vscode';
import { buildFoldingRanges } from '../../core/language/folding';
import type { DocumentModels } from '../documentModels';

export class PushFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly models: DocumentModels) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    return buildFoldingRanges(this.models.get(document)).map(
      (r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : r.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined),
    );
  }
}
