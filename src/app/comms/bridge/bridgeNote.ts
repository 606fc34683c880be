import type { BridgeDetails } from '../../../contracts/incidentComms.js';

/** What a page carries about the open bridge. */
export interface BridgeNote {
  details: BridgeDetails;
  joinMinutes: number;
}

/**
 * The lines added to every page while a bridge is open: where to join and by when to confirm.
 *
 * @example
 * bridgeText({ details: { url: 'https://meet.example.com/p1', dialIn: null, source: 'global' }, joinMinutes: 10 })
 * // => 'Bridge line: https://meet.example.com/p1. Join within 10 minutes and confirm ...'
 */
export function bridgeText(note: BridgeNote): string {
  const dial = note.details.dialIn ? ` (dial-in ${note.details.dialIn})` : '';
  return `Bridge line: ${note.details.url}${dial}. Join within ${note.joinMinutes} minutes and confirm with "I've joined" in the issue's Escalation panel or on the page your link below opens.`;
}
