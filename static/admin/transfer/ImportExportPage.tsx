import { card, heading } from '../../shared/styles.js';
import { ExportPanel } from './ExportPanel.js';
import { ImportPanel } from './ImportPanel.js';

export function ImportExportPage() {
  return (
    <>
      <section style={card} aria-labelledby="export-heading">
        <h3 id="export-heading" style={heading}>Export</h3>
        <ExportPanel />
      </section>
      <section style={card} aria-labelledby="import-heading">
        <h3 id="import-heading" style={heading}>Import</h3>
        <ImportPanel />
      </section>
    </>
  );
}
