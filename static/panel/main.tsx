import { startSurface } from '../shared/bootstrap.js';
import { PanelApp } from './PanelApp.js';

startSurface(<PanelApp />);
