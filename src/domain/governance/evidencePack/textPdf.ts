const PAGE_LINES = 56;
const WIDTH = 95;

/** PDF string literal: only printable ASCII survives (Helvetica's WinAnsi set is wider, but this never garbles). */
function pdfText(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Breaks long lines at spaces so nothing runs off the page. */
function wrap(line: string): string[] {
  if (line.length <= WIDTH) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    const cut = rest.lastIndexOf(' ', WIDTH) > 20 ? rest.lastIndexOf(' ', WIDTH) : WIDTH;
    out.push(rest.slice(0, cut));
    rest = `    ${rest.slice(cut).trimStart()}`;
  }
  return [...out, rest];
}

/**
 * A plain-text PDF (A4, Helvetica 10 pt, paginated): enough for a summary an auditor files,
 * with no dependency. Lines starting with "# " are set in bold as headings.
 *
 * @example textPdf(['# Evidence pack 2026-11', 'Controls: 12 met']) // Uint8Array starting "%PDF-1.4"
 */
export function textPdf(lines: readonly string[]): Uint8Array {
  const all = lines.flatMap(wrap);
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, all.length); i += PAGE_LINES) pages.push(all.slice(i, i + PAGE_LINES));
  const objects: string[] = [];
  const add = (body: string) => { objects.push(body); return objects.length; };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  pages.forEach((page, n) => {
    const body = page.map((l, i) => {
      const heading = l.startsWith('# ');
      return `BT /${heading ? 'F2' : 'F1'} ${heading ? 12 : 10} Tf 50 ${800 - i * 13.5} Td (${pdfText(heading ? l.slice(2) : l)}) Tj ET`;
    }).join('\n') + `\nBT /F1 8 Tf 50 30 Td (Page ${n + 1} of ${pages.length}) Tj ET`;
    const content = add(`<< /Length ${body.length} >>\nstream\n${body}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`));
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${body}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
