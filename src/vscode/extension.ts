// The extension's entry point: wires the thin VS Code adapters to the pure core.
import * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics';
import { DocumentModels } from './documentModels';
import { registerExportCommands } from './export';
import { registerLanguageFeatures } from './language';
import { registerPreview } from './preview';
import { themeFiles } from './theme';
import { registerPublish } from './publish';

export function activate(context: vscode.ExtensionContext) {
  const models = new DocumentModels();
  context.subscriptions.push(models);
  // One reader of the theme file for export, preview, completion and the linter.
  themeFiles(context);
  registerExportCommands(context, models);
  const linter = registerDiagnostics(context, models);
  const language = registerLanguageFeatures(context, models);
  const preview = registerPreview(context, models);
  const publish = registerPublish(context, models);
  return { models, linter, language, preview, publish };
}

export function deactivate() {}
