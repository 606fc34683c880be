/**
 * Shows enough of a secret to recognise it and no more: the last four characters. A webhook
 * URL is the credential itself, so not even its host is shown.
 *
 * @example
 * maskSecret('https://hooks.slack.com/services/T0/B0/abcdWXYZ') // => '••••WXYZ'
 */
export function maskSecret(value: string): string {
  return value.length <= 8 ? '••••' : `••••${value.slice(-4)}`;
}
