import { Fragment } from 'react';
import { PersonName } from './PersonName.js';

/** People as the screen names them, comma-separated; `none` when there is nobody. */
export function PersonNames({ accountIds, none = 'nobody' }: { accountIds: readonly string[]; none?: string }) {
  if (!accountIds.length) return <>{none}</>;
  return <>{accountIds.map((id, i) => <Fragment key={id}>{i ? ', ' : ''}<PersonName accountId={id} /></Fragment>)}</>;
}
