import type { CommsStore } from '../../ports/commsStore.js';

export class KvsCommsStore implements CommsStore {}
