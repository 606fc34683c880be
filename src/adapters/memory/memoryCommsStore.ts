import type { CommsStore } from '../../ports/commsStore.js';

export class MemoryCommsStore implements CommsStore {
  constructor(readonly now: () => number) {}
}
