import { CORE_SCHEMA, dump, load } from 'js-yaml';

export type BundleFormat = 'json' | 'yaml';

/** The export as text. YAML for people who review changes in a pull request; JSON for tools. */
export function bundleText(bundle: unknown, format: BundleFormat): string {
  return format === 'json' ? JSON.stringify(bundle, null, 2) : dump(bundle, { lineWidth: 120, noRefs: true });
}

/**
 * Reads JSON or YAML. YAML's core schema, so an ISO instant stays the string it was written as
 * (YAML 1.1 would turn it into a date) and "yes" stays a word.
 */
export function readBundleText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('{')) return { ok: true, value: JSON.parse(trimmed) };
  } catch (err) {
    return { ok: false, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  try {
    return { ok: true, value: load(trimmed, { schema: CORE_SCHEMA }) };
  } catch (err) {
    return { ok: false, message: `neither JSON nor valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}
