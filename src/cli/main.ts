// The `wxpush` command line. Each subcommand lives in ./commands; this file only dispatches and
// turns usage mistakes into exit code 2.
import { describeUnreadable, FileTooLargeError, UnreadableFileError } from '../node/regularFile';
import { UsageError } from './args';
import { runLint } from './commands/lint';
import { runOutline } from './commands/outline';
import { runPublish } from './commands/publish';
import { runRelay } from './commands/relay';
import { runRender } from './commands/render';

const USAGE = `Usage: wxpush <command> [options]

Commands:
  outline FILE…    print the items the parser finds in each file
  lint [PATH…]     check pushes against WeChat's delivery and sharing rules
                   (--format text|json, --max-warnings N, --fix, --locale en|zh-cn)
  render FILE      print an article as HTML for the WeChat editor, or write a page
                   (--item N, -o out.html, --no-references, --theme NAME, --locale en|zh-cn;
                   the theme also comes from .wxpush/theme.json and the front matter)
  publish FILE     put every article of a push into one WeChat draft
                   (--dry-run, --new-draft, --format text|json, --api-base URL, --relay URL,
                   --theme NAME, --locale en|zh-cn; WXPUSH_APPID and WXPUSH_APPSECRET in the environment,
                   or WXPUSH_RELAY_KEY with --relay)
  relay            run the team relay that holds the AppSecret and calls WeChat
                   for writers (--port 8787, --host 127.0.0.1, --keys FILE,
                   --api-base URL; see docs/relay.md)
`;

type Command = (argv: string[], write: (s: string) => void, writeErr: (s: string) => void) => number | Promise<number>;

export const commands: Record<string, Command> = {
  outline: (argv, write) => runOutline(argv, write),
  lint: (argv, write, writeErr) => runLint(argv, write, writeErr),
  render: (argv, write, writeErr) => runRender(argv, write, writeErr),
  publish: (argv, write, writeErr) => runPublish(argv, write, writeErr),
  relay: (argv, write, writeErr) => runRelay(argv, write, writeErr),
};

export async function main(argv: string[], write = (s: string) => void process.stdout.write(s), writeErr = (s: string) => void process.stderr.write(s)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    writeErr(`wxpush: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, write, writeErr);
  } catch (e) {
    if (e instanceof UsageError) {
      writeErr(`wxpush ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UnreadableFileError) {
      writeErr(`wxpush ${name}: cannot read ${e.file}: ${describeUnreadable(e.reason)}\n`);
      return 2;
    }
    if (e instanceof FileTooLargeError) {
      writeErr(`wxpush ${name}: cannot read ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && err.code && err.path) {
      writeErr(`wxpush ${name}: cannot read ${err.path}: ${err.code}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`wxpush: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
