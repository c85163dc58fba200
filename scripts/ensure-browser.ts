// Browser tests drive Debian's Chromium (never a downloaded browser build).
// On a fresh machine install it — and CJK fonts, so screenshots show Chinese —
// with apt; elsewhere say exactly what is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFonts = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

if (!existsSync(CHROMIUM) || !hasFonts()) {
  if (process.getuid?.() !== 0) {
    console.error(
      `ensure-browser: ${CHROMIUM} or the Noto CJK fonts are missing. Install them with: sudo apt-get install -y chromium fonts-noto-cjk`,
    );
    process.exit(1);
  }
  console.log('ensure-browser: installing Debian packages chromium and fonts-noto-cjk …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) {
    console.error(`ensure-browser: apt installed chromium but ${CHROMIUM} does not exist; set CHROMIUM_PATH to the browser binary`);
    process.exit(1);
  }
}
console.log(`ensure-browser: using ${CHROMIUM}`);
