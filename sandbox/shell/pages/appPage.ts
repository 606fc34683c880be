import { customUiFrame } from '../customUiFrame.js';
import { clear, h } from '../dom.js';

/** A full-page Custom UI module: the admin page or the global page. */
export function appPage(moduleKey: string, resourceUrl: string, title: string, basePath?: string) {
  return (main: HTMLElement, navigate: (path: string) => void): void => {
    const frame = customUiFrame({ moduleKey, url: resourceUrl, title, ...(basePath ? { basePath } : {}) }, navigate, 720);
    clear(main, h('h1', {}, title), h('section', { class: 'card flush' }, frame));
    main.addEventListener('sandbox:refresh', () => (frame.src = frame.src));
  };
}
