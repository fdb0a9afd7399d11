import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PHONE, screenshots, seriousViolations } from './browser.js';

export interface SignInOptions {
  /** What the person's entry shows in the sign-in list, when it is not what was typed in its filter. */
  readonly shown?: string;
  /** Lets the page's downloads be saved (exports). */
  readonly acceptDownloads?: boolean;
}

/**
 * Each page a test opens as a person: a fresh phone-sized browser context (zh-CN, Shanghai time), signed
 * in through the development sign-in as a person does it — the page asks for sign-in, the person filters
 * the list, picks themselves, and lands back on the page asked for.
 */
export class PhoneSessions {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  async signedInAs(person: string, path: string, options: SignInOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: PHONE,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
    });
    this.contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${this.baseUrl}${path}`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByTestId('filter').locator('input').fill(person);
    await page
      .getByTestId('person')
      .filter({ hasText: options.shown ?? person })
      .first()
      .click();
    const landing = path.split('?')[0];
    await page.waitForURL((url) => url.pathname === landing);
    return page;
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}

/** A page as it is left: screenshots at both widths, and no serious or critical accessibility violation. */
export async function pageChecks(page: Page, name: string): Promise<void> {
  await screenshots(page, name);
  expect(await seriousViolations(page)).toEqual([]);
}
