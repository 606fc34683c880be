import { chainNext } from '../../../src/domain/governance/auditChain/chainLink.js';
import { checkManifest, packManifest } from '../../../src/domain/governance/evidencePack/packManifest.js';
import { redactDeep } from '../../../src/domain/governance/evidencePack/redactDeep.js';
import { textPdf } from '../../../src/domain/governance/evidencePack/textPdf.js';
import { toCsv } from '../../../src/domain/governance/evidencePack/toCsv.js';
import { verifyExtract } from '../../../src/domain/governance/evidencePack/verifyExtract.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
  test.each<[string, string | number | null, string]>([
    ['a plain value stays as it is', 'ITOPS-1', 'ITOPS-1'],
    ['a comma is quoted', 'late, by 7 min', '"late, by 7 min"'],
    ['a quote is doubled', 'said "fine"', '"said ""fine"""'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a formula is defused', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a negative number stays a number', -3, '-3'],
    ['null is empty', null, ''],
  ])('%s', (_name, value, cell) => {
    expect(toCsv(['h'], [[value]])).toBe(`h\r\n${cell}\r\n`);
  });
});

describe('the summary PDF', () => {
  it('is a PDF whose cross-reference table points at each object', () => {
    const pdf = new TextDecoder().decode(textPdf(['# Evidence pack 2026-11', 'Controls: 12 met (café)', ...Array.from({ length: 70 }, (_, i) => `line ${i}`)]));
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf).toContain('/Count 2');
    expect(pdf).toContain('(Controls: 12 met \\(caf?\\)) Tj');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/(\d{10}) 00000 n/g)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(pdf.slice(o).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });
});

describe('the pack manifest', () => {
  const files = [{ name: 'a.json', bytes: bytes('{"a":1}') }, { name: 'b.csv', bytes: bytes('h\r\n1\r\n') }];
  const manifest = packManifest(files, { period: '2026-11', generatedAt: '2026-12-03T09:00:00.000Z', generatedBy: 'auditor-aud', redacted: true, redactions: {}, notes: [] });
  test.each<[string, Map<string, Uint8Array>, Array<{ file: string; problem: string }>]>([
    ['every file as made', new Map([['a.json', files[0]!.bytes], ['b.csv', files[1]!.bytes], ['manifest.json', bytes('{}')]]), []],
    ['a file changed', new Map([['a.json', bytes('{"a":2}')], ['b.csv', files[1]!.bytes]]), [{ file: 'a.json', problem: 'altered' }]],
    ['a file removed', new Map([['a.json', files[0]!.bytes]]), [{ file: 'b.csv', problem: 'missing' }]],
    ['a file added', new Map([['a.json', files[0]!.bytes], ['b.csv', files[1]!.bytes], ['extra.txt', bytes('x')]]), [{ file: 'extra.txt', problem: 'unlisted' }]],
  ])('%s', (_name, got, problems) => {
    expect(checkManifest(manifest, got)).toEqual(problems);
  });

  it('lists each file with its size and SHA-256', () => {
    expect(manifest.files[0]).toEqual({ name: 'a.json', bytes: 7, sha256: '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862' });
  });
});

describe('a trail extract', () => {
  const e1 = chainNext(null, '2026-11-01T09:00:00.000Z', 'access.allowed', { reason: 'call ana@example.com' });
  const e2 = chainNext(e1, '2026-11-02T09:00:00.000Z', 'escalation.events', [{ type: 'paged' }]);
  const e3 = chainNext(e2, '2026-11-03T09:00:00.000Z', 'escalation.events', [{ type: 'acknowledged' }]);
  const e4 = chainNext(e3, '2026-11-04T09:00:00.000Z', 'access.refused', { reason: 'no role' });
  const anchor = { seq: 1, hash: e1.hash };
  test.each<[string, { seq: number; hash: string }, unknown[], boolean, string[]]>([
    ['verifies from its anchor', anchor, [e2, e3, e4], true, []],
    ['catches an altered entry', anchor, [e2, { ...e3, payload: [{ type: 'paged' }] }, e4], false, ['3 altered']],
    ['catches a removed entry', anchor, [e2, e4], false, ['3 missing']],
    ['catches a wrong anchor', { seq: 1, hash: e2.hash }, [e2, e3, e4], false, ['2 brokenLink']],
    ['catches swapped entries', anchor, [e3, e2, e4], false, ['2 missing', '4 missing', '3 missing']],
    ['checks a redacted entry by its link, and catches the next one altered', { seq: 0, hash: '0'.repeat(64) }, [{ ...e1, payload: { reason: 'call [email redacted]' }, redacted: true }, e2, { ...e3, at: '2026-11-05T00:00:00.000Z' }], false, ['3 altered']],
  ])('%s', (_name, from, entries, ok, problems) => {
    const v = verifyExtract(from, entries as Parameters<typeof verifyExtract>[1]);
    expect(v.ok).toBe(ok);
    expect(v.problems.map((p) => `${p.seq} ${p.problem}`)).toEqual(problems);
  });

  it('counts redacted entries apart from the ones checked by hash', () => {
    expect(verifyExtract({ seq: 0, hash: '0'.repeat(64) }, [{ ...e1, payload: {}, redacted: true }, e2])).toMatchObject({ ok: true, hashed: 1, linkOnly: 1 });
  });
});

describe('redaction of a whole record', () => {
  it('replaces personal and payment data in every string and counts what it replaced', () => {
    const counts = {};
    const out = redactDeep({ reason: 'card 4111 1111 1111 1111 from ana@example.com', nested: [{ iban: 'GB82 WEST 1234 5698 7654 32' }], n: 4111111111111111 }, counts);
    expect(out).toEqual({ reason: 'card [card ending 1111] from [email redacted]', nested: [{ iban: '[IBAN redacted]' }], n: 4111111111111111 });
    expect(counts).toEqual({ card: 1, email: 1, iban: 1 });
  });
});
