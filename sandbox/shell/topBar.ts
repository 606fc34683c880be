import { post, sandbox } from './api.js';
import { broadcastTheme } from './customUiFrame.js';
import { h } from './dom.js';
import { showFlag } from './flags.js';
import { shellModules } from './moduleAccess.js';
import { colorMode, currentUser, setColorMode, signInAs, type DemoUser } from './session.js';

interface ClockView {
  now: string;
  speed: number;
  running: boolean;
}

const STEPS = [{ label: '+5m', minutes: 5 }, { label: '+15m', minutes: 15 }, { label: '+1h', minutes: 60 }, { label: '+4h', minutes: 240 }];

function clockText(c: ClockView): string {
  const d = new Date(c.now);
  return `${d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })} ${d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}${c.running ? ` · ${c.speed}×` : ' · paused'}`;
}

/**
 * The Jira-like top bar: navigation, the virtual clock with buttons to move it, the user
 * switcher and the light/dark toggle. `onTimeMoved` lets the page refresh what time changed.
 */
const MODULE_LINKS = [
  { moduleKey: 'escalation-dashboard', path: '/jira/apps/escalation-dashboard', text: 'Escalations' },
  { moduleKey: 'escalation-project-settings', path: '/jira/servicedesk/projects/ITOPS/settings/apps/escalation', text: 'ITOPS project settings' },
  { moduleKey: 'escalation-admin', path: '/jira/settings/apps/escalation', text: 'Jira admin: app settings' },
];

export function topBar(users: DemoUser[], navigate: (path: string) => void, onTimeMoved: () => void): HTMLElement {
  const me = currentUser();
  const clock = h('span', { class: 'clock', title: 'Virtual time: SLAs, timers and the sweep run on it' }, '…');
  const refreshClock = async () => {
    clock.textContent = clockText(await sandbox<ClockView>('/__sandbox/clock'));
  };
  setInterval(() => void refreshClock().catch(() => (clock.textContent = 'sandbox offline')), 1_000);
  void refreshClock();

  const advance = (minutes: number) => async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    button.disabled = true;
    try {
      await sandbox('/__sandbox/clock/advance', post({ minutes }));
      await refreshClock();
      onTimeMoved();
    } catch (err) {
      showFlag({ title: 'Could not move the clock', description: String(err), type: 'error' });
    } finally {
      button.disabled = false;
    }
  };

  const select = h('select', { 'aria-label': 'Signed in as', onchange: (e: Event) => {
    signInAs((e.target as HTMLSelectElement).value);
    window.location.reload();
  } }, ...users.map((u) => h('option', { value: u.accountId, selected: u.accountId === me.accountId }, `${u.displayName} — ${u.role}`)));

  const theme = h('button', { class: 'ghost', title: 'Light or dark theme', onclick: () => {
    const next = colorMode() === 'dark' ? 'light' : 'dark';
    setColorMode(next);
    broadcastTheme(next);
    theme.textContent = next === 'dark' ? '☀' : '☾';
  } }, colorMode() === 'dark' ? '☀' : '☾');

  const link = (path: string, text: string, testId?: string) => h('a', { href: path, 'data-nav': 'true', ...(testId ? { 'data-testid': testId } : {}) }, text);
  const nav = h('nav', {}, link('/', 'Queue'), link('/create', 'Create'), link('/outbox', 'Outbox'));
  // Only the modules Jira would show this person: Apps menu pages, project settings, Jira admin.
  void shellModules().then((modules) => {
    const visible = new Set(modules.filter((m) => m.visible).map((m) => m.moduleKey));
    const links = MODULE_LINKS.filter((l) => visible.has(l.moduleKey)).map((l) => link(l.path, l.text, `nav-${l.moduleKey}`));
    nav.lastElementChild?.before(...links);
  }).catch(() => undefined).finally(() => nav.setAttribute('data-modules', 'loaded'));
  return h('div', { class: 'topbar-inner' },
    h('a', { class: 'brand', href: '/', 'data-nav': 'true' }, h('span', { class: 'logo' }, '◆'), 'Jira Service Management', h('small', {}, 'sandbox')),
    nav,
    h('div', { class: 'clock-box' }, clock, ...STEPS.map((s) => h('button', { class: 'ghost small', onclick: advance(s.minutes) }, s.label)),
      h('button', { class: 'ghost small', title: 'Run the escalation sweep now', onclick: async () => {
        await sandbox('/__sandbox/scheduled/escalation-sweep/run', post({}));
        onTimeMoved();
        showFlag({ title: 'Sweep ran', type: 'success' });
      } }, 'Sweep')),
    h('div', { class: 'who' }, select, theme),
  );
}
