// The extension's entry point: wires the thin VS Code adapters to the pure core.
import * as vscode from 'vscode';
import { DocumentModels } from './documentModels';

export function activate(context: vscode.ExtensionContext) {
  const models = new DocumentModels();
  context.subscriptions.push(models);
  return { models };
}

export function deactivate() {}
