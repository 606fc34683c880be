import { startSurface } from '../shared/bootstrap';
import { AdminApp } from './AdminApp';

startSurface(<AdminApp />);
