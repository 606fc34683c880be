import { priorities } from '../../../src/contracts/common.js';
import type { PriorityMatrix } from '../../../src/contracts/config.js';
import { ListInput } from '../../shared/ListInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { cell, row, stack, table } from '../../shared/styles.js';
import type { Edit } from '../policy/VariantEditor.js';

/**
 * Impact × urgency → priority. Renaming or adding impacts/urgencies resizes the grid, keeping
 * the cells that still have a row and column.
 */
export function MatrixEditor({ matrix, edit }: { matrix: PriorityMatrix; edit: Edit }) {
  const resize = (impacts: string[], urgencies: string[]) =>
    edit(['matrix'], {
      impacts,
      urgencies,
      cells: impacts.map((_, r) => urgencies.map((_, c) => matrix.cells[r]?.[c] ?? null)),
    });
  return (
    <div style={stack}>
      <div style={row}>
        <ListInput path={['matrix', 'impacts']} label="Impacts, most severe first" value={matrix.impacts} onChange={(v) => resize(v, matrix.urgencies)} />
        <ListInput path={['matrix', 'urgencies']} label="Urgencies, most severe first" value={matrix.urgencies} onChange={(v) => resize(matrix.impacts, v)} />
      </div>
      <table style={table} data-testid="priority-matrix">
        <thead>
          <tr><th style={cell} scope="col">Impact \ Urgency</th>{matrix.urgencies.map((u) => <th key={u} style={cell} scope="col">{u}</th>)}</tr>
        </thead>
        <tbody>
          {matrix.impacts.map((impact, r) => (
            <tr key={impact}>
              <th style={cell} scope="row">{impact}</th>
              {matrix.urgencies.map((urgency, c) => (
                <td key={urgency} style={cell}>
                  <SelectInput path={['matrix', 'cells', r, c]} label={`${impact} × ${urgency}`} optional
                    value={matrix.cells[r]?.[c] ?? undefined} options={priorities}
                    onChange={(v) => edit(['matrix', 'cells', r, c], v ?? null)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
