import { customUiFrame } from '../customUiFrame.js';
import { clear, h } from '../dom.js';
import { shellModules } from '../moduleAccess.js';

/**
 * A full-page Custom UI module: the admin page, a global page or a project settings page. As in
 * Jira, someone the module is not shown to gets no frame, only the page Jira shows instead.
 */
export function appPage(moduleKey: string, resourceUrl: string, title: string, projectKey?: string) {
  return async (main: HTMLElement, navigate: (path: string) => void): Promise<void> => {
    const module = (await shellModules(projectKey)).find((m) => m.moduleKey === moduleKey);
    if (!module?.visible) {
      clear(main, h('h1', {}, title), h('section', { class: 'card', 'data-testid': 'no-access' },
        h('h2', {}, "You don't have access to this page"), h('p', {}, module?.hiddenBecause ?? 'This module is not in the manifest.')));
      return;
    }
    const frame = customUiFrame({ moduleKey, url: resourceUrl, title, ...(projectKey ? { projectKey } : {}) }, navigate);
    clear(main, h('h1', {}, title), h('section', { class: 'card flush' }, frame));
    main.addEventListener('sandbox:refresh', () => (frame.src = frame.src));
  };
}
