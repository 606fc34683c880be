import type { Severity } from '../../../../src/domain/alerts/alert.js';
import { severityToMatrix, type ServiceCriticality } from '../../../../src/domain/alerts/ingest/severityToMatrix.js';
import { jsm4x4 } from '../../../../src/domain/priority/defaultMatrices.js';
import { matrixPriority } from '../../../../src/domain/priority/matrixPriority.js';

describe('severityToMatrix', () => {
  test.each<[Severity, ServiceCriticality | null, string, string, string]>([
    ['critical', 'critical', 'Extensive / Widespread', 'Critical', 'P1'],
    ['error', 'critical', 'Extensive / Widespread', 'High', 'P1'],
    ['warning', 'high', 'Significant / Large', 'Medium', 'P3'],
    ['info', 'low', 'Minor / Localized', 'Low', 'P5'],
    ['critical', 'low', 'Minor / Localized', 'Critical', 'P3'],
    ['error', null, 'Moderate / Limited', 'High', 'P3'],
  ])('%s on a %s service is %s × %s, which the JSM 4×4 matrix makes %s', (severity, criticality, impact, urgency, priority) => {
    const cell = severityToMatrix(severity, criticality);
    expect(cell).toEqual({ impact, urgency });
    expect(matrixPriority(jsm4x4, cell.impact, cell.urgency)).toBe(priority);
  });
});
