/** Twilio's ceiling for one message body; longer bodies are refused, not split. */
export const SMS_MAX_CHARS = 1600;
// ASCII on purpose: one character outside the GSM-7 alphabet (such as an ellipsis) switches the
// whole message to UCS-2, cutting each segment from 160 characters to 70.
export const SMS_TRUNCATION_NOTE = '... [truncated]';

/**
 * Fits an SMS body within {@link SMS_MAX_CHARS}, ending it with a note when cut so the reader
 * knows to look at the incident. Counts code points, so an emoji is never split in half.
 *
 * @example
 * truncateSms('short') // => { text: 'short', truncated: false }
 */
export function truncateSms(text: string, max: number = SMS_MAX_CHARS): { text: string; truncated: boolean } {
  const points = Array.from(text);
  if (points.length <= max) return { text, truncated: false };
  const room = max - Array.from(SMS_TRUNCATION_NOTE).length;
  return { text: points.slice(0, room).join('').trimEnd() + SMS_TRUNCATION_NOTE, truncated: true };
}
