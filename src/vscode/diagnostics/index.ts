// Registers the diagnostics feature: the linter, its code actions and the Lint Workspace command.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type DocumentModels } from '../documentModels';
import { PushCodeActions } from './codeActions';
import { PushLinter } from './linter';

export const LINT_WORKSPACE_COMMAND = 'wxpush.lintWorkspace';

export function registerDiagnostics(context: vscode.ExtensionContext, models: DocumentModels): PushLinter {
  const linter = new PushLinter(models);
  context.subscriptions.push(
    linter,
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new PushCodeActions(linter), PushCodeActions.metadata),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => linter.lintWorkspace()),
  );
  return linter;
}
