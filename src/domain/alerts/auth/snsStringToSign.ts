/** The fields SNS signs, in the order it signs them, per message type (absent optional ones are skipped). */
const SIGNED_FIELDS: Record<string, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/**
 * The canonical string an SNS signature covers, as AWS documents it: for each signed field
 * present, its name, a newline, its value, a newline. Only `Subject` may be absent (a
 * notification published without one); any other missing field gives null.
 *
 * @example
 * snsStringToSign({ Type: 'Notification', Message: 'hi', MessageId: 'm', Timestamp: 't', TopicArn: 'a' })
 * // => 'Message\nhi\nMessageId\nm\nTimestamp\nt\nTopicArn\na\nType\nNotification\n'
 */
export function snsStringToSign(message: Record<string, unknown>): string | null {
  const fields = SIGNED_FIELDS[String(message['Type'])];
  if (!fields) return null;
  let out = '';
  for (const name of fields) {
    const value = message[name];
    if (value === undefined || value === null) {
      if (name === 'Subject') continue;
      return null;
    }
    if (typeof value !== 'string') return null;
    out += `${name}\n${value}\n`;
  }
  return out;
}
