import { startSurface } from '../shared/bootstrap.js';
import { DashboardApp } from './DashboardApp.js';

startSurface(<DashboardApp />);
