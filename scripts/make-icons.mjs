// Renders Tandem's icon (two linked rings on a rounded square: a PM and an EM riding together) from
// the SVG below into the PNG sizes the manifest lists, using Debian's Chromium. Run once after
// changing the drawing: `node scripts/make-icons.mjs`. The PNGs are committed.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#1d4e89"/>
  <circle cx="48" cy="68" r="26" fill="none" stroke="#f2c14e" stroke-width="12"/>
  <circle cx="80" cy="68" r="26" fill="none" stroke="#ffffff" stroke-width="12"/>
  <path d="M48 42 a26 26 0 0 1 21.6 11.5" fill="none" stroke="#f2c14e" stroke-width="12"/>
  <circle cx="64" cy="30" r="6" fill="#ffffff"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  writeFileSync(`icons/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
console.log('icons written: 16, 32, 48, 128');
