const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page that reads well on a phone, which is where most pages are answered. */
export function ackPage(title: string, message: string, confirmButton = false, joinAction: string | null = null): string {
  // No action attribute: the form posts to the link itself, query string and all.
  const form = confirmButton ? '<form method="post"><button type="submit" style="font-size:1.1rem;padding:.6rem 1.4rem">Acknowledge</button></form>' : '';
  // The bridge join posts to the same link with `act=join` added (a relative, query-only action).
  const join = joinAction === null ? ''
    : `<form method="post" action="${escape(joinAction)}"><button type="submit" style="font-size:1.1rem;padding:.6rem 1.4rem">I've joined the bridge</button></form>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#172b4d}`
    + `h1{font-size:1.4rem}</style></head><body><h1>${escape(title)}</h1><p>${escape(message)}</p>${form}${join}</body></html>`;
}
