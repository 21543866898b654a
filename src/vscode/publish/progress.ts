// The publish's progress notification: one step per upload, cancellable. Cancelling aborts the
// core's AbortSignal (between steps and inside a running request).
import * as vscode from 'vscode';
import type { PublishStep } from './core';

/** Where each kind of step sits on the bar, in percent. */
const SPANS: Record<PublishStep['kind'], [number, number]> = { lint: [0, 5], upload: [5, 80], draft: [80, 95], link: [95, 100] };

export function stepPercent(step: PublishStep): number {
  const [from, to] = SPANS[step.kind] ?? [0, 100];
  const share = step.total > 0 ? Math.min(1, step.done / step.total) : 1;
  return from + (to - from) * share;
}

export function stepMessage(step: PublishStep): string {
  return step.total > 1 ? `${step.label} (${step.done}/${step.total})` : step.label;
}

export function withPublishProgress<T>(title: string, run: (signal: AbortSignal, onProgress: (step: PublishStep) => void) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    let shown = 0;
    return run(controller.signal, (step) => {
      const pct = stepPercent(step);
      progress.report({ message: stepMessage(step), increment: Math.max(0, pct - shown) });
      shown = Math.max(shown, pct);
    });
  });
}
