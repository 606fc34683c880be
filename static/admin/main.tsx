import { startSurface } from '../shared/bootstrap.js';
import { AdminApp } from './AdminApp.js';

startSurface(<AdminApp />);
