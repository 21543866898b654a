import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KeyError, KeyRing, keysFromEnv, matchKey, parseKeys } from '../../../src/node/relay/keys';

const K1 = 'a'.repeat(32);
const K2 = 'b'.repeat(40);

describe('relay keys', () => {
  it('reads name:key and bare keys; a bare key is named by a fingerprint, not by its value', () => {
    const keys = keysFromEnv(`ana:${K1}, ${K2}`);
    assert.strictEqual(keys.length, 2);
    assert.strictEqual(keys[0].name, 'ana');
    assert.match(keys[1].name, /^key-[0-9a-f]{8}$/);
    assert.ok(!keys[1].name.includes('bbbb'));
  });

  it('refuses a key shorter than 32 characters, naming the entry but not the key', () => {
    assert.throws(() => parseKeys([`bo:${'x'.repeat(31)}`], 'WXPUSH_RELAY_KEYS'), (e: Error) => e instanceof KeyError && /'bo'/.test(e.message) && !e.message.includes('xxxx'));
  });

  it('matches only the exact key', () => {
    const keys = keysFromEnv(`ana:${K1},bo:${K2}`);
    assert.strictEqual(matchKey(keys, K2)?.name, 'bo');
    assert.strictEqual(matchKey(keys, K1 + 'a'), undefined);
    assert.strictEqual(matchKey(keys, K1.slice(1)), undefined);
    assert.strictEqual(matchKey(keys, ''), undefined);
  });

  it('follows its keys file: a revoked key stops working without a restart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-keys-'));
    const file = path.join(dir, 'keys');
    fs.writeFileSync(file, `# team\nana:${K1}\nbo:${K2}\n`);
    let t = 0;
    const warnings: string[] = [];
    const ring = new KeyRing([], file, (m) => warnings.push(m), () => t);
    assert.strictEqual(ring.match(K2)?.name, 'bo');
    fs.writeFileSync(file, `ana:${K1}\n`);
    t += 1500;
    assert.strictEqual(ring.match(K2), undefined);
    assert.strictEqual(ring.match(K1)?.name, 'ana');
    // A broken file keeps the last good keys.
    fs.writeFileSync(file, `ana:short\n`);
    t += 1500;
    assert.strictEqual(ring.match(K1)?.name, 'ana');
    assert.ok(warnings.some((w) => /keeping the previous keys/.test(w)));
    assert.ok(warnings.every((w) => !w.includes(K1)));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
