import { audiences } from '../../../../src/domain/comms/templates/audience.js';
import { defaultTemplates } from '../../../../src/domain/comms/templates/defaultTemplates.js';
import { renderTemplate } from '../../../../src/domain/comms/templates/renderTemplate.js';
import { validateTemplate } from '../../../../src/domain/comms/templates/validateTemplate.js';
import { someValues } from './templateBuilders.js';

const templates = defaultTemplates();

describe('defaultTemplates', () => {
  test.each(templates.map((t) => [t.id, t] as const))('%s is valid and renders with no gaps', (_id, template) => {
    expect(validateTemplate(template)).toEqual({ ok: true, value: template });
    expect(renderTemplate(template, someValues).missing).toEqual([]);
  });

  test.each([...audiences])('offers at least one template for %s', (audience) => {
    expect(templates.filter((t) => t.audience === audience).length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it('only posts the customers wording as a public comment', () => {
    expect(templates.filter((t) => t.channel === 'jsmPublicComment').map((t) => t.audience)).toEqual(['customers']);
  });

  it('keeps owners, bridge details and internal links out of what customers and the business read', () => {
    const outward = templates.filter((t) => t.audience === 'customers' || t.audience === 'business');
    for (const t of outward) expect(`${t.subject ?? ''} ${t.body}`).not.toMatch(/\{\{(owner|bridgeUrl|bridgeDialIn|link|path|level)\}\}/);
  });
});
