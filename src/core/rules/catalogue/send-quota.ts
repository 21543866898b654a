// Counts the mass sends of the pushes of one account in the same day (subscription) or calendar
// month (service), in the order they go out, and reports the sends past the quota: the push whose
// send is the 2nd of the day (or the 5th of the month) is the one to move, not those before it.
// When two pushes give no time (or the same one) their order is unknown: each counts the other as
// going first, so both are reported rather than neither.
import { DAILY_SENDS_SUBSCRIPTION, MONTHLY_SENDS_SERVICE, sendOrder, sendStarts, sharesQuota, summarizePush } from '../quota';
import type { Finding, RuleDefinition } from '../rule';
import type { PushSummary, RelatedInformation } from '../types';

export const sendQuota: RuleDefinition = {
  id: 'send-quota',
  tags: ['delivery'],
  defaultSeverity: 'error',
  check({ doc, context, t }) {
    const me = summarizePush(context.file ?? '', doc);
    if (!me.type || !me.sends) return [];
    const quota = me.type === 'subscription' ? DAILY_SENDS_SUBSCRIPTION : MONTHLY_SENDS_SERVICE;
    const others = (context.otherPushes ?? []).filter((o) => o.file !== context.file && o.sends > 0 && sharesQuota(me, o));
    const first = others.filter((o) => sendOrder(o, me) <= 0);
    const used = first.reduce((n, o) => n + o.sends, 0);
    if (used + me.sends <= quota) return [];
    const period = (me.type === 'subscription' ? me.day : me.day?.slice(0, 7)) ?? t(me.type === 'subscription' ? 'send-quota.one-day' : 'send-quota.one-month');
    // Every other push of the period, in sending order; those linted or not alike (the CLI counts
    // the folder of a single linted file, the editor the workspace).
    const related: RelatedInformation[] = [...others].sort(bySendingTime).map((o) => ({
      file: o.file,
      line: o.line,
      message: t(sendOrder(o, me) > 0 ? 'send-quota.related-after' : 'send-quota.related', { n: o.sends, when: when(o) }),
    }));
    const othersText = first.length ? t('send-quota.others', { files: first.sort(bySendingTime).map((o) => baseName(o.file)).join(', ') }) : '';
    const out: Finding[] = [];
    let n = used;
    for (const item of sendStarts(doc)) {
      n++;
      if (n <= quota) continue;
      out.push({
        span: item.directiveSpan,
        key: me.type,
        data: { n, account: me.account ?? t('send-quota.this-account'), period, others: othersText },
        related,
      });
    }
    return out;
  },
};

function when(o: PushSummary): string {
  return o.time ? `${o.day} ${o.time}` : (o.day ?? '');
}

function bySendingTime(a: PushSummary, b: PushSummary): number {
  const ka = when(a);
  const kb = when(b);
  return ka < kb ? -1 : ka > kb ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function baseName(file: string): string {
  const m = /[^/\\]+$/.exec(file);
  return m ? m[0] : file;
}
