// For `npx vite --config static/vite.config.mjs` during development: UI_APP chooses the surface.
import { uiViteConfig } from './viteConfig.mjs';

export default uiViteConfig(process.env.UI_APP ?? 'panel');
