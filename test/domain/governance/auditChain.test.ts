import { canonicalJson } from '../../../src/domain/governance/auditChain/canonicalJson.js';
import { chainNext, GENESIS_HASH, type ChainedEntry } from '../../../src/domain/governance/auditChain/chainLink.js';
import { verifyChain } from '../../../src/domain/governance/auditChain/verifyChain.js';

const build = (n: number): ChainedEntry[] => {
  const out: ChainedEntry[] = [];
  for (let i = 0; i < n; i += 1) {
    out.push(chainNext(out[i - 1] ?? null, `2026-12-0${1 + (i % 3)}T09:00:00.000Z`, 'escalation.paged', { incident: `ITOPS-${i}`, level: i % 3 }));
  }
  return out;
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });
  it('is the same for the same record written in another order', () => {
    expect(canonicalJson({ x: 1, y: { q: 'a', p: null } })).toBe(canonicalJson({ y: { p: null, q: 'a' }, x: 1 }));
  });
});

describe('verifyChain', () => {
  const chain = build(6);
  const head = { seq: 6, hash: chain[5]!.hash };

  it('accepts an intact trail, with and without its head', () => {
    expect(verifyChain(chain, head)).toEqual({ ok: true, entries: 6, problems: [] });
    expect(verifyChain(chain).ok).toBe(true);
    expect(verifyChain([], { seq: 0, hash: GENESIS_HASH }).ok).toBe(true);
  });

  it.each<[string, (c: ChainedEntry[]) => ChainedEntry[], Array<[number, string]>]>([
    ['a payload altered', (c) => c.map((e) => (e.seq === 3 ? { ...e, payload: { incident: 'ITOPS-2', level: 0 } } : e)), [[3, 'altered']]],
    ['a timestamp altered', (c) => c.map((e) => (e.seq === 2 ? { ...e, at: '2026-12-09T09:00:00.000Z' } : e)), [[2, 'altered']]],
    ['an entry altered and re-hashed (the next link breaks)', (c) => c.map((e) => {
      if (e.seq !== 3) return e;
      const forged = chainNext(c[1]!, e.at, e.kind, { incident: 'ITOPS-999' });
      return forged;
    }), [[4, 'brokenLink']]],
    ['an entry removed from the middle', (c) => c.filter((e) => e.seq !== 4), [[4, 'missing']]],
    ['two entries removed from the middle', (c) => c.filter((e) => e.seq !== 2 && e.seq !== 3), [[2, 'missing']]],
    ['the first entry removed', (c) => c.slice(1), [[1, 'missing']]],
    ['the last entry removed (only the head shows it)', (c) => c.slice(0, 5), [[6, 'missing']]],
    ['two entries swapped', (c) => [c[0]!, c[2]!, c[1]!, ...c.slice(3)], [[2, 'missing'], [2, 'reordered'], [4, 'brokenLink']]],
  ])('catches %s', (_n, tamper, expected) => {
    const verdict = verifyChain(tamper(chain), head);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => [p.seq, p.problem])).toEqual(expected);
  });

  it('without the head, a removed tail cannot be seen (which is why the head is kept apart)', () => {
    expect(verifyChain(chain.slice(0, 5)).ok).toBe(true);
  });
});
