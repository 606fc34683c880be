import type { Adf } from './siteTypes.js';

/** Wraps plain text (one paragraph per line) as an Atlassian Document Format document. */
export function textToAdf(text: string): Adf {
  const content = text.split('\n').map((line) => ({
    type: 'paragraph',
    content: line.length > 0 ? [{ type: 'text', text: line }] : [],
  }));
  return { type: 'doc', version: 1, content };
}

/** Concatenates the text nodes of a document, one line per block: enough for search and the JSM API. */
export function adfToText(doc: unknown): string {
  const blocks: string[] = [];
  const walk = (node: unknown, acc: string[]): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; text?: unknown; content?: unknown };
    if (n.type === 'text' && typeof n.text === 'string') acc.push(n.text);
    if (Array.isArray(n.content)) for (const child of n.content) walk(child, acc);
  };
  const root = doc as { content?: unknown };
  for (const block of Array.isArray(root?.content) ? root.content : []) {
    const acc: string[] = [];
    walk(block, acc);
    blocks.push(acc.join(''));
  }
  return blocks.join('\n');
}

/** Accepts what Jira accepts as a body: an ADF document (API v3) or a plain string. */
export function isAdf(value: unknown): value is Adf {
  const v = value as { type?: unknown; version?: unknown; content?: unknown } | null;
  return typeof v === 'object' && v !== null && v.type === 'doc' && v.version === 1 && Array.isArray(v.content);
}
