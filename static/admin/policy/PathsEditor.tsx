import { pathNames } from '../../../src/contracts/common.js';
import type { Level, Policy } from '../../../src/contracts/policy.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { removeAt } from '../../shared/setIn.js';
import { heading, stack } from '../../shared/styles.js';
import { LevelEditor } from './LevelEditor.js';
import type { Edit } from './VariantEditor.js';

const newLevel = (): Level => ({ targets: [], backups: [], delayMinutes: 15, ackTimeoutMinutes: 15, repeat: 0, actions: [] });

/** The technical, managerial and executive paths, each a list of levels. */
export function PathsEditor({ paths, edit }: { paths: Policy['paths']; edit: Edit }) {
  return (
    <div style={stack}>
      {pathNames.map((name) => {
        const levels = paths[name].levels;
        const base = ['paths', name, 'levels'] as const;
        return (
          <section key={name} aria-labelledby={`path-${name}`}>
            <h4 id={`path-${name}`} style={heading}>{name[0]?.toUpperCase()}{name.slice(1)} path</h4>
            <ListEditor path={`paths.${name}.levels`} items={levels} testId={`levels-${name}`} addLabel={`Add ${name} level`}
              emptyText="No levels on this path."
              itemLabel={(l, i) => `Level ${i + 1}${l.name ? `: ${l.name}` : ''}`}
              onAdd={() => edit(base, [...levels, newLevel()])}
              onRemove={(i) => edit(base, removeAt(levels, i))}
              render={(l, i) => <LevelEditor base={[...base, i]} level={l} edit={edit} />} />
          </section>
        );
      })}
    </div>
  );
}
