import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
// The reset as a stylesheet Vite emits beside the bundle (the package's default export is that CSS).
import '@atlaskit/css-reset/dist/bundle.css';

/**
 * Starts a surface: Atlaskit's CSS reset, the host's theme, then React.
 * Inside Jira, `view.theme.enable()` makes the host apply its light or dark theme to this
 * iframe. Outside Jira (the sandbox, a plain browser) that call fails or applies nothing, so
 * Atlaskit's own theme loader follows the OS preference instead; without either, every
 * token() would resolve to an undefined CSS variable.
 */
export function startSurface(app: ReactNode): void {
  void view.theme
    .enable()
    .catch(() => undefined)
    .then(() => {
      if (!document.documentElement.hasAttribute('data-color-mode')) {
        // Static import: Atlaskit's app-provider bundles the loader anyway, so a lazy import saves nothing.
        return setGlobalTheme({ colorMode: 'auto' });
      }
      return undefined;
    })
    .catch(() => undefined);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
