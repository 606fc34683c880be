import { BRIDGE_MARK, isBridgeMessage, type BridgePush, type BridgeReply } from './bridgeProtocol.js';
import { h } from './dom.js';
import { closeFlag, showFlag, type FlagOptions } from './flags.js';
import { colorMode } from './session.js';

export interface FrameTarget {
  moduleKey: string;
  /** The built resource's URL, e.g. /ui/panel/index.html. */
  url: string;
  issueKey?: string;
  /** For project settings pages: the project whose settings show the module. */
  projectKey?: string;
  title: string;
}

type Navigate = (path: string) => void;
/** Until a frame reports its content's height, it is this tall (a loading spinner's room). */
const MIN_FRAME_HEIGHT = 120;
const frames = new Set<{ el: HTMLIFrameElement; target: FrameTarget }>();

async function serverCall(action: string, body: unknown): Promise<unknown> {
  const res = await fetch(`/__sandbox/bridge/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new Error((json as { message?: string }).message ?? `HTTP ${res.status}`);
  return json;
}

/** Where a `router.navigate` location points inside the shell. */
function pathFor(p: { url?: string; target?: string; issueKey?: string }): string | undefined {
  if (p.url) return p.url;
  if (p.target === 'issue' && p.issueKey) return `/browse/${p.issueKey}`;
  if (p.target === 'dashboard' || p.target === 'module') return '/jira/apps/escalation-dashboard';
  return undefined;
}

/** Carries out one bridge command from a frame. The frame's context comes from its target, never from the frame. */
async function perform(target: FrameTarget, command: string, payload: unknown, navigate: Navigate, frame: HTMLIFrameElement): Promise<unknown> {
  const extension = target.issueKey ? { issue: { key: target.issueKey } } : target.projectKey ? { project: { key: target.projectKey } } : undefined;
  const p = (payload ?? {}) as Record<string, unknown>;
  switch (command) {
    case 'getContext':
      return serverCall('context', { moduleKey: target.moduleKey, extension, colorMode: colorMode() });
    case 'invoke':
      return serverCall('invoke', { moduleKey: target.moduleKey, functionKey: p.functionKey, payload: p.payload, extension });
    case 'fetchProduct':
      return serverCall('fetch', payload);
    case 'getTheme':
      return colorMode();
    case 'showFlag':
      showFlag(p as FlagOptions);
      return true;
    case 'closeFlag':
      closeFlag(String(p.id));
      return true;
    case 'navigate': {
      const path = pathFor(p);
      if (!path) throw new Error('navigate: unknown location');
      if (p.type === 'new-tab' || /^https?:/.test(path)) window.open(path, '_blank', 'noopener');
      else navigate(path);
      return true;
    }
    case 'getUrl':
      return new URL(pathFor(p) ?? '/', window.location.origin).href;
    case 'reload':
    case 'refresh':
      frame.src = frame.src;
      return true;
    case 'resize':
      // As Jira does: the frame takes its content's height, and the page scrolls.
      frame.style.height = `${Math.max(MIN_FRAME_HEIGHT, Number(p.height) || 0)}px`;
      frame.dataset.sized = 'true';
      return true;
    case 'emitReadyEvent':
      frame.dataset.ready = 'true';
      return true;
    case 'emit':
    case 'emitPublic':
      for (const f of frames) f.el.contentWindow?.postMessage({ [BRIDGE_MARK]: 'push', kind: 'event', event: String(p.event), payload: p.payload } satisfies BridgePush, '*');
      return true;
    case 'changeWindowTitle':
      document.title = String(payload);
      return true;
    case 'reportError':
      showFlag({ id: `frame-error-${target.moduleKey}`, title: `${target.title} failed in its frame`, description: String(p.message), type: 'error' });
      return true;
    case 'getFrameId':
      return target.moduleKey;
    default:
      throw new Error(`The sandbox does not emulate the bridge command "${command}"`);
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  if (!isBridgeMessage(e.data) || e.data[BRIDGE_MARK] !== 'call') return;
  const entry = [...frames].find((f) => f.el.contentWindow === e.source);
  if (!entry) return;
  const { id, command, payload } = e.data;
  const reply = (r: Omit<BridgeReply, typeof BRIDGE_MARK | 'id'>) => entry.el.contentWindow?.postMessage({ [BRIDGE_MARK]: 'reply', id, ...r }, '*');
  perform(entry.target, command, payload, navigateTo, entry.el)
    .then((result) => reply({ ok: true, result }))
    .catch((err: unknown) => reply({ ok: false, error: err instanceof Error ? err.message : String(err) }));
});

let navigateTo: Navigate = (path) => (window.location.href = path);

/**
 * A Custom UI in a sandboxed iframe: scripts may run, but without `allow-same-origin` the frame
 * cannot touch the shell, its cookie or its storage; it can only ask through the bridge.
 */
export function customUiFrame(target: FrameTarget, navigate: Navigate, height = MIN_FRAME_HEIGHT): HTMLIFrameElement {
  navigateTo = navigate;
  const el = h('iframe', { class: 'custom-ui', title: target.title, src: target.url, sandbox: 'allow-scripts allow-forms allow-popups allow-downloads' });
  el.style.height = `${height}px`;
  const entry = { el, target };
  frames.add(entry);
  // Frames leave with their page: forget them once detached so messages are not routed to them.
  const watch = new MutationObserver(() => {
    if (!el.isConnected) {
      frames.delete(entry);
      watch.disconnect();
    }
  });
  queueMicrotask(() => watch.observe(document.body, { childList: true, subtree: true }));
  return el;
}

/** Tells every themed frame that the shell's light/dark mode changed. */
export function broadcastTheme(mode: 'light' | 'dark'): void {
  for (const f of frames) f.el.contentWindow?.postMessage({ [BRIDGE_MARK]: 'push', kind: 'theme', colorMode: mode } satisfies BridgePush, '*');
}
