/** An Atlassian Document Format node, as Jira's v3 API takes descriptions and comments. */
export type AdfDocument = {
  type: 'doc';
  version: 1;
  content: Array<{ type: 'paragraph'; content: Array<{ type: 'text'; text: string }> }>;
};

/**
 * Plain text as a document, one paragraph per line. The v3 API refuses plain strings for rich
 * text fields, and sending text nodes (never markup) means alert payloads cannot inject formatting.
 */
export function plainTextDocument(text: string): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: line.length > 0 ? [{ type: 'text', text: line }] : [] })),
  };
}
