// The "WeChat Push: Publish" output channel: one line per API call (method, path, errcode, ms, as
// the core reports them) and one per outcome. Every line goes through the mask first.
import * as vscode from 'vscode';
import { maskLine } from './mask';

export class PublishLog implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel(vscode.l10n.t('WeChat Push: Publish'), { log: true });
  private secrets: string[] = [];

  /** Values never to show, whatever line they turn up in (the secret of the current run). */
  guard(...values: (string | undefined)[]) {
    this.secrets = values.filter((v): v is string => !!v);
  }

  info(line: string) {
    this.channel.info(maskLine(line, this.secrets));
  }

  error(line: string) {
    this.channel.error(maskLine(line, this.secrets));
  }

  show() {
    this.channel.show(true);
  }

  dispose() {
    this.channel.dispose();
  }
}
