import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

// Every colour and space comes from Atlaskit design tokens so light and dark themes both work.
export const space = {
  s: token('space.050'),
  m: token('space.100'),
  l: token('space.200'),
  xl: token('space.300'),
};

export const page: CSSProperties = {
  color: token('color.text'),
  background: token('elevation.surface'),
  padding: space.l,
  font: token('font.body'),
};

export const subtle: CSSProperties = { color: token('color.text.subtle') };

export const card: CSSProperties = {
  border: `1px solid ${token('color.border')}`,
  borderRadius: token('radius.small'),
  padding: space.l,
  marginBottom: space.l,
  background: token('elevation.surface.raised'),
  boxShadow: token('elevation.shadow.raised'),
};

export const row: CSSProperties = { display: 'flex', gap: space.m, alignItems: 'center', flexWrap: 'wrap' };

export const stack: CSSProperties = { display: 'flex', flexDirection: 'column', gap: space.m };

export const input: CSSProperties = {
  color: token('color.text'),
  background: token('color.background.input'),
  border: `2px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: `${space.s} ${space.m}`,
  font: token('font.body'),
  minWidth: 0,
};

export const invalidInput: CSSProperties = { ...input, borderColor: token('color.border.danger') };

export const label: CSSProperties = { font: token('font.body.small'), fontWeight: 600, color: token('color.text.subtle') };

export const errorText: CSSProperties = { color: token('color.text.danger'), font: token('font.body.small') };

export const heading: CSSProperties = { font: token('font.heading.small'), color: token('color.text'), margin: `0 0 ${space.m}` };

export const table: CSSProperties = { width: '100%', borderCollapse: 'collapse' };

export const cell: CSSProperties = {
  borderBottom: `1px solid ${token('color.border')}`,
  padding: `${space.s} ${space.m}`,
  textAlign: 'left',
  verticalAlign: 'top',
};
