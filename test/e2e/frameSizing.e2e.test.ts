import type { Page } from 'playwright-core';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession, type E2eSession } from './support/session.js';
import { customUi, customUiFrame, waitForSurface } from './support/shell.js';

/** Desktop, about the width of Jira's issue-view side panel, and a phone. */
const WIDTHS = [{ name: 'desktop', width: 1280 }, { name: 'side panel', width: 400 }, { name: 'phone', width: 360 }] as const;

/** Every page a person opens, with the element that must be ready and how to open a tab. */
const PAGES: { name: string; path: string; ready: string; tab?: string }[] = [
  { name: 'issue panel', path: '/browse/ITOPS-1', ready: 'status-lozenge' },
  { name: 'dashboard', path: '/jira/apps/escalation-dashboard', ready: 'dashboard-updated' },
  ...['policies', 'config', 'schedules', 'comms', 'integrations', 'duties'].map((tab) =>
    ({ name: `settings: ${tab}`, path: '/jira/settings/apps/escalation', ready: 'admin-settings', tab })),
];

/**
 * Jira sizes a Custom UI frame to its content (the page scrolls, not the frame). Here: the
 * frame's document has no scrollable overflow of its own, and scrolling the frame's last
 * element into view moves the page, not the frame, and leaves it inside the browser's viewport.
 */
async function lastElementReachable(page: Page): Promise<{ innerOverflow: number; innerScroll: number; top: number; bottom: number; viewport: number }> {
  const frame = await customUiFrame(page);
  // Let the frame report its height after the last render.
  await page.waitForFunction(() => (document.querySelector('iframe.custom-ui') as HTMLIFrameElement | null)?.dataset.sized === 'true');
  // Sections that load after the first render (schedule timelines, the comms page's lists) grow
  // the content once more; the host resizes the frame on the next report, so give it up to 5 s
  // to catch up before measuring. A frame that never follows its content still fails below.
  await frame.waitForFunction(() => {
    const s = document.scrollingElement ?? document.documentElement;
    return s.scrollHeight - window.innerHeight <= 1;
  }, undefined, { timeout: 5_000 }).catch(() => undefined);
  const innerOverflow = await frame.evaluate(() => {
    const s = document.scrollingElement ?? document.documentElement;
    return s.scrollHeight - window.innerHeight;
  });
  const inFrame = await frame.evaluate(() => {
    const shown = Array.from(document.body.querySelectorAll('*')).filter((e) => e.getClientRects().length > 0);
    const last = shown.reduce((a, b) => (b.getBoundingClientRect().bottom > a.getBoundingClientRect().bottom ? b : a));
    last.setAttribute('data-e2e-last', 'true');
    const r = last.getBoundingClientRect();
    return { top: r.top + window.scrollY, height: r.height };
  });
  // A person scrolls the page (the frame is sandboxed, so the frame cannot scroll its host):
  // put the element's bottom at the viewport's bottom, or its top at the top when taller.
  await page.evaluate(({ top, height }) => {
    const frameTop = document.querySelector('iframe.custom-ui')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.min(frameTop + top, frameTop + top + height - window.innerHeight));
  }, inFrame);
  const last = customUi(page).locator('[data-e2e-last]');
  const box = (await last.boundingBox())!;
  const innerScroll = await frame.evaluate(() => window.scrollY);
  return { innerOverflow, innerScroll, top: box.y, bottom: box.y + box.height, viewport: page.viewportSize()!.height };
}

describe('each module\'s frame is as tall as its content, so the page scrolls to its last element', () => {
  let s: E2eSession;
  beforeAll(async () => { s = await openSession(USERS.admin); });
  afterAll(() => closeSession(s));

  for (const { name: widthName, width } of WIDTHS) {
    for (const p of PAGES) {
      it(`${p.name} at ${widthName} width (${width} px)`, async () => {
        await s.page.setViewportSize({ width, height: 800 });
        await s.page.goto(p.path);
        await waitForSurface(s.page, p.ready);
        if (p.tab) {
          await customUi(s.page).getByTestId(`tab-${p.tab}`).click();
          await customUi(s.page).locator(`[data-testid="page-${p.tab}"] *`).first().waitFor();
          await customUi(s.page).getByTestId('loading').waitFor({ state: 'detached' }).catch(() => undefined);
        }
        const r = await lastElementReachable(s.page);
        expect(r.innerOverflow).toBeLessThanOrEqual(1);
        expect(r.innerScroll).toBe(0);
        expect(Math.min(r.bottom, r.top + r.viewport)).toBeLessThanOrEqual(r.viewport + 1);
        expect(r.top).toBeGreaterThanOrEqual(-1);
      });
    }
  }
});
