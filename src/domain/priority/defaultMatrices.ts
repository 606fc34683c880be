import type { PriorityMatrix } from '../../contracts/config.js';

/** ITIL's 3×3 impact × urgency matrix onto P1–P5. */
export const itil3x3: PriorityMatrix = {
  impacts: ['High', 'Medium', 'Low'],
  urgencies: ['High', 'Medium', 'Low'],
  cells: [
    ['P1', 'P2', 'P3'],
    ['P2', 'P3', 'P4'],
    ['P3', 'P4', 'P5'],
  ],
};

/** A 4×4 matrix on JSM's own Impact and Urgency field values. */
export const jsm4x4: PriorityMatrix = {
  impacts: ['Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized'],
  urgencies: ['Critical', 'High', 'Medium', 'Low'],
  cells: [
    ['P1', 'P1', 'P2', 'P3'],
    ['P1', 'P2', 'P3', 'P4'],
    ['P2', 'P3', 'P4', 'P5'],
    ['P3', 'P4', 'P5', 'P5'],
  ],
};
