import type { Notifier, PageMessage } from '../../ports/notifier.js';

/** Keeps every page in an outbox instead of sending it. */
export class MemoryNotifier implements Notifier {
  readonly outbox: PageMessage[] = [];
  async page(message: PageMessage): Promise<void> {
    this.outbox.push(message);
  }
}
