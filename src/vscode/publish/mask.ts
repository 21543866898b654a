// A second guard for the publish log: the core logs method, path, errcode and time only, but a
// line that ever carried a token or a secret (a query string, an error text) is masked here before
// it reaches the output channel. Pure, so it is tested in plain Node.
const SENSITIVE_PARAMS = /\b(access_token|secret|appsecret|key|token)=([^&\s"']+)/gi;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/g;

export function maskLine(line: string, secrets: readonly string[] = []): string {
  let out = line.replace(SENSITIVE_PARAMS, (_, name: string) => `${name}=***`).replace(BEARER, '$1 ***');
  for (const s of secrets) if (s && s.length >= 6) out = out.split(s).join('***');
  return out;
}
