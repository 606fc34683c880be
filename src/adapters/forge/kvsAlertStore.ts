import type { AlertStore } from '../../ports/alertStore.js';

export class KvsAlertStore implements AlertStore {}
