// Counts the mass sends this push needs, plus those of the other pushes of the same account in the
// same day (subscription) or calendar month (service), against the account's quota.
import { DAILY_SENDS_SUBSCRIPTION, MONTHLY_SENDS_SERVICE, sendStarts, sharesQuota, summarizePush } from '../quota';
import type { Finding, RuleDefinition } from '../rule';
import type { RelatedInformation } from '../types';

export const sendQuota: RuleDefinition = {
  id: 'send-quota',
  tags: ['delivery'],
  defaultSeverity: 'error',
  check({ doc, context, t }) {
    const me = summarizePush(context.file ?? '', doc);
    if (!me.type || !me.sends) return [];
    const quota = me.type === 'subscription' ? DAILY_SENDS_SUBSCRIPTION : MONTHLY_SENDS_SERVICE;
    const others = (context.otherPushes ?? []).filter((o) => o.file !== context.file && o.sends > 0 && sharesQuota(me, o));
    const used = others.reduce((n, o) => n + o.sends, 0);
    if (used + me.sends <= quota) return [];
    const period = (me.type === 'subscription' ? me.day : me.day?.slice(0, 7)) ?? t(me.type === 'subscription' ? 'send-quota.one-day' : 'send-quota.one-month');
    const related: RelatedInformation[] = others.map((o) => ({ file: o.file, line: o.line, message: t('send-quota.related', { n: o.sends }) }));
    const othersText = others.length ? t('send-quota.others', { files: others.map((o) => baseName(o.file)).join(', ') }) : '';
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

function baseName(file: string): string {
  const m = /[^/\\]+$/.exec(file);
  return m ? m[0] : file;
}
