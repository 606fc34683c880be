/**
 * The Luhn check that every payment card number passes (ISO/IEC 7812). A run of digits that
 * fails it is not treated as a card, which keeps order numbers and timestamps from being
 * flagged as payment data.
 *
 * @example luhnValid('4111111111111111') // true
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
