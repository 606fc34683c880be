import { startSurface } from '../shared/bootstrap';
import { DashboardApp } from './DashboardApp';

startSurface(<DashboardApp />);
