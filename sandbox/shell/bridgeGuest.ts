import { BRIDGE_MARK, isBridgeMessage, type BridgeCall } from './bridgeProtocol.js';

/**
 * `window.__bridge` inside a Custom UI iframe: what @forge/bridge calls. Each command goes to
 * the shell by postMessage and the reply settles the promise. Payloads are JSON-copied, since
 * functions (flag action handlers, event callbacks) cannot cross a frame boundary; event
 * subscriptions therefore stay here, in the frame that owns the callbacks.
 */
type Callback = (payload: unknown) => void;

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const listeners = new Map<string, Set<Callback>>();
let nextId = 1;
let themed = false;

function post(command: string, payload: unknown): Promise<unknown> {
  const id = nextId++;
  const message: BridgeCall = { [BRIDGE_MARK]: 'call', id, command, payload: payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)) };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    window.parent.postMessage(message, '*');
  });
}

function applyTheme(colorMode: 'light' | 'dark'): void {
  const html = document.documentElement;
  html.setAttribute('data-color-mode', colorMode);
  html.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography-adg3');
  if (!document.getElementById('sandbox-theme')) {
    const link = document.createElement('link');
    link.id = 'sandbox-theme';
    link.rel = 'stylesheet';
    link.href = '/__sandbox/theme.css';
    document.head.appendChild(link);
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== window.parent || !isBridgeMessage(e.data)) return;
  const m = e.data;
  if (m[BRIDGE_MARK] === 'reply') {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.ok) p?.resolve(m.result);
    else p?.reject(new Error(m.error ?? 'Bridge call failed'));
  } else if (m[BRIDGE_MARK] === 'push') {
    if (m.kind === 'theme' && themed && m.colorMode) applyTheme(m.colorMode);
    if (m.kind === 'event' && m.event) listeners.get(m.event)?.forEach((cb) => cb(m.payload));
  }
});

async function callBridge(command: string, payload?: unknown): Promise<unknown> {
  const p = (payload ?? {}) as { event?: string; callback?: Callback };
  switch (command) {
    case 'on':
    case 'onPublic': {
      if (p.event && p.callback) {
        const set = listeners.get(p.event) ?? new Set<Callback>();
        set.add(p.callback);
        listeners.set(p.event, set);
        const { event, callback } = p;
        return { unsubscribe: () => listeners.get(event)?.delete(callback) };
      }
      return { unsubscribe: () => undefined };
    }
    case 'enableTheming': {
      themed = true;
      const mode = (await post('getTheme', undefined)) as 'light' | 'dark';
      applyTheme(mode);
      return true;
    }
    case 'createHistory':
      // A small in-frame history: Custom UI routers only need listen/push/replace here.
      return { location: window.location, listen: () => () => undefined, push: () => undefined, replace: () => undefined };
    default:
      return post(command, payload);
  }
}

(window as unknown as { __bridge: { callBridge: typeof callBridge } }).__bridge = { callBridge };

// Jira sizes a Custom UI frame (issue panel, admin and global pages) to its content, so the
// page scrolls rather than the frame. The frame reports its content's height, shrinking as well
// as growing. Neither documentElement.scrollHeight nor the body's box will do: both are at least
// the frame's own height (the body is stretched to it by the reset styles), so the frame could
// never shrink. The content is what the body's children occupy.
function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  const bottoms = Array.from(body.children).map((c) => c.getBoundingClientRect().bottom + window.scrollY);
  return Math.ceil(Math.max(0, ...bottoms) + parseFloat(style.paddingBottom) + parseFloat(style.marginBottom));
}
let reported = -1;
function reportHeight(): void {
  const height = contentHeight();
  if (height === reported) return;
  reported = height;
  void post('resize', { height }).catch(() => undefined);
}
window.addEventListener('DOMContentLoaded', () => {
  const sizes = new ResizeObserver(reportHeight);
  const watchChildren = () => { for (const c of Array.from(document.body.children)) sizes.observe(c); reportHeight(); };
  new MutationObserver(watchChildren).observe(document.body, { childList: true });
  watchChildren();
});

// An app that crashes in its frame would otherwise leave a blank panel: the shell shows why.
window.addEventListener('error', (e) => void post('reportError', { message: String(e.message) }).catch(() => undefined));
window.addEventListener('unhandledrejection', (e) => void post('reportError', { message: String((e.reason as Error | undefined)?.message ?? e.reason) }).catch(() => undefined));
