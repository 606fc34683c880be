import { h } from './dom.js';
import { appPage } from './pages/appPage.js';
import { createPage } from './pages/createPage.js';
import { issuePage } from './pages/issuePage.js';
import { outboxPage } from './pages/outboxPage.js';
import { queuePage } from './pages/queuePage.js';
import { interceptLinks, matchRoute, type RouteDef } from './router.js';
import { colorMode, loadUsers, setColorMode } from './session.js';
import { topBar } from './topBar.js';

const routes: RouteDef[] = [
  { pattern: /^\/$/, page: queuePage },
  { pattern: /^\/create$/, page: createPage },
  { pattern: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/, page: issuePage, names: ['key'] },
  { pattern: /^\/jira\/settings\/apps\/escalation$/, page: appPage('escalation-admin', '/ui/admin/index.html', 'Incident escalation settings') },
  { pattern: /^\/jira\/apps\/escalation-dashboard$/, page: appPage('escalation-dashboard', '/ui/dashboard/index.html', 'Escalation dashboard') },
  { pattern: /^\/jira\/servicedesk\/projects\/ITOPS\/settings\/apps\/escalation$/,
    page: appPage('escalation-project-settings', '/ui/admin/index.html', 'IT Operations: incident escalation', 'ITOPS') },
  { pattern: /^\/outbox$/, page: outboxPage },
];

let main = document.getElementById('page') as HTMLElement;

/** Each page gets a fresh <main>, so listeners of the page before are dropped with it. */
async function render(): Promise<void> {
  const fresh = h('main', { id: 'page' });
  main.replaceWith(fresh);
  main = fresh;
  const match = matchRoute(routes, window.location.pathname);
  if (!match) {
    main.append(h('h1', {}, 'Not found'));
    return;
  }
  await match.page(main, navigate, match.params);
}

function navigate(path: string): void {
  if (!path.startsWith('/')) {
    window.location.href = path;
    return;
  }
  history.pushState(null, '', path);
  void render();
}

async function boot(): Promise<void> {
  setColorMode(colorMode());
  const users = await loadUsers();
  const bar = document.getElementById('topbar') as HTMLElement;
  // Moving the clock changes SLAs and may escalate: the page reloads its data.
  bar.append(topBar(users, navigate, () => main.dispatchEvent(new Event('sandbox:refresh'))));
  interceptLinks(document.body, navigate);
  window.addEventListener('popstate', () => void render());
  await render();
}

void boot();
