// Makes a fresh machine ready: Node check, npm dependencies, Debian's Chromium for the browser tests and
// Graphviz for the DOT export's.
// Needs nothing but Node itself, so it runs before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Trustscope needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nsetup: "${command} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const lockTime = statSync('package-lock.json').mtimeMs;
const installed =
  existsSync('node_modules/.package-lock.json') &&
  statSync('node_modules/.package-lock.json').mtimeMs >= lockTime;
if (!installed) {
  console.log('setup: installing npm dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (isRoot && hasApt) {
    console.log('setup: installing Chromium from Debian packages for the browser tests…');
    run('apt-get', ['update', '-qq']);
    run('sh', ['-c', 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
  } else {
    console.error(
      `setup: no Chromium at ${chromium}. The end-to-end tests drive Debian's Chromium:\n` +
        '  sudo apt-get install chromium        (Debian/Ubuntu)\n' +
        'or point CHROMIUM_PATH at an installed Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
// The app speaks Chinese: without a CJK font the browser shows boxes for it, in the tests'
// screenshots as on the screen.
const hasCjkFont = spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;
if (!hasCjkFont) {
  if (isRoot && hasApt) {
    console.log('setup: installing a Chinese font (fonts-noto-cjk) so 简体 and 繁體 render…');
    // A missing font makes boxes, not failures: setup goes on if the install does not work.
    const installed = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk'],
      { stdio: 'inherit' },
    );
    if (installed.status !== 0) console.warn('setup: the Chinese font could not be installed; continuing.');
  } else {
    console.warn(
      'setup: no Chinese font found; Chinese text will show as boxes. Install one, e.g.\n' +
        '  sudo apt-get install fonts-noto-cjk        (Debian/Ubuntu)',
    );
  }
}
// The DOT export's test renders with Graphviz (`dot -Tsvg`); without it that test is skipped outside CI.
const hasDot = spawnSync('sh', ['-c', 'command -v dot'], { stdio: 'ignore' }).status === 0;
if (!hasDot) {
  if (isRoot && hasApt) {
    console.log('setup: installing Graphviz from Debian packages for the DOT export test…');
    // Only one test needs it: setup goes on if the install does not work.
    const installed = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz'],
      { stdio: 'inherit' },
    );
    if (installed.status !== 0) console.warn('setup: Graphviz could not be installed; continuing.');
  } else {
    console.warn(
      'setup: no Graphviz; the DOT export test is skipped outside CI. Install it, e.g.\n' +
        '  sudo apt-get install graphviz        (Debian/Ubuntu)',
    );
  }
}
try {
  const version = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`setup: ready (Node ${process.versions.node}, ${version}).`);
} catch {
  console.error(`setup: ${chromium} exists but does not run.`);
  process.exit(1);
}
