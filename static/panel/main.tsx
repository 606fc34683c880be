import { startSurface } from '../shared/bootstrap';
import { PanelApp } from './PanelApp';

startSurface(<PanelApp />);
