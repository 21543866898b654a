// How an AppID is shown in a notification. It is not a secret (it is in every article link), but a
// notification is seen on shared screens and in recordings, and the account's name already says
// which account it is: its ends are enough to tell two AppIDs apart.

/** The first and last characters of `appId`, at most four each and never more than half of it. */
export function shownAppId(appId: string): string {
  const ends = Math.min(4, Math.floor(appId.length / 4));
  return ends ? `${appId.slice(0, ends)}…${appId.slice(-ends)}` : '…';
}
