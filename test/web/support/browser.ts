import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page, selectors } from 'playwright-core';

/** Debian's Chromium (apt: chromium); the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test/web/screenshots');

export const PHONE = { width: 375, height: 812 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export function chromiumSkipReason(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`;
}

export function launchChromium(): Promise<Browser> {
  // The pages mark what tests read with data-test.
  selectors.setTestIdAttribute('data-test');
  return chromium.launch({
    executablePath: CHROMIUM,
    // Containers run as root without user namespaces; the sandbox cannot start there.
    // Chromium's own language is Chinese, as on the programme's phones; pages choose theirs from it.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none', '--lang=zh-CN'],
  });
}

/** A screenshot of the whole page at phone and desktop size, named after the page and language. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    // The window is made as tall as the page, so the fixed bars sit at its top and bottom as a person sees
    // them, not across the middle of a stitched full-page image. Growing the window can let late content
    // (charts, lists that fill in on resize) make the page taller still, so it grows until the page fits.
    await page.evaluate('window.scrollTo(0, 0)');
    let height: number = size.height;
    for (let round = 0; round < 5; round += 1) {
      const needed = Number(await page.evaluate('document.documentElement.scrollHeight'));
      if (needed <= height) break;
      height = needed;
      await page.setViewportSize({ width: size.width, height });
      await page.waitForTimeout(150);
    }
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
  if (original) await page.setViewportSize(original);
}

/** The serious and critical accessibility violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}
