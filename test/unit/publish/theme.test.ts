// Publishing renders the draft in the push's theme, as Copy and Export do: the settings (or
// --theme), then the theme file beside the push, then the front matter.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { publishPush } from '../../../src/node/publish';
import { setup, type Env } from './helpers';

describe('publish: the draft in the push’s theme', () => {
  let env: Env;
  beforeEach(async () => {
    env = await setup();
  });
  afterEach(() => env.close());

  it('renders the content with the default theme, the setting’s, then the theme file’s', async () => {
    const content = async (options = {}) => (await publishPush(env.options({ dryRun: true, credentials: undefined, ...options }))).draft!.articles[0].content;
    assert.match(await content(), /^<section style="font-size:17px;line-height:1.75;/);
    assert.match(await content({ themeSettings: { name: 'compact' } }), /^<section style="font-size:15px;line-height:1.65;/);
    fs.mkdirSync(path.join(env.dir, '.wxpush'));
    fs.writeFileSync(path.join(env.dir, '.wxpush', 'theme.json'), JSON.stringify({ theme: { name: 'classic', fontSize: 16 } }));
    assert.match(await content({ themeSettings: { name: 'compact' } }), /^<section style="font-size:16px;line-height:1.9;[^"]*font-family:Georgia/);
  });
});
