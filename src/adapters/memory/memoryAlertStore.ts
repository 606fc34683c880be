import type { AlertStore } from '../../ports/alertStore.js';

export class MemoryAlertStore implements AlertStore {
  constructor(readonly now: () => number) {}
}
