import type { DrillRecord } from '../../../contracts/drills.js';
import { allowedInDrill, type OutboundPurpose } from '../../../domain/drills/drill/isolation.js';
import { markBody, markSubject } from '../../../domain/drills/drill/markDrill.js';
import type { IncidentHost } from '../../../ports/incidentHost.js';
import type { Notifier } from '../../../ports/notifier.js';
import type { OutboundHttp, OutboundResponse } from '../../../ports/outboundHttp.js';
import type { Deps } from '../../shared/deps.js';
import { recordWithheld } from './recordWithheld.js';

/** What a withheld webhook "answers": nothing left, so nothing is retried. */
const WITHHELD: OutboundResponse = { status: 204, retryAfterSeconds: null, bodyExcerpt: 'withheld: the incident is a drill' };

/**
 * Wraps the ports so that no use case, whoever invokes it, can reach customers, stakeholders,
 * status pages or monitoring tools about a drill: public comments, and pages and webhooks whose
 * purpose is not a page to responders, are withheld and recorded on the drill instead. Pages
 * that do go out are marked "[DRILL]" in the subject and the first line. Drill status comes from
 * app storage, never from the label, which anyone who can edit the issue could remove.
 */
export function isolateDrills(deps: Deps): Deps {
  const drills = deps.drills;
  if (!drills) return deps;
  const known = new Map<string, Promise<DrillRecord | null>>();
  const drillOf = (key: string): Promise<DrillRecord | null> => {
    let p = known.get(key);
    if (!p) {
      p = drills.getDrill(key);
      known.set(key, p);
    }
    return p;
  };
  const withhold = async (key: string, what: string, detail: string) => recordWithheld(deps, key, what, detail);

  const addPublicComment: IncidentHost['addPublicComment'] = async (key, body) => {
    if (await drillOf(key)) return withhold(key, 'public comment', body.slice(0, 300));
    return deps.host.addPublicComment(key, body);
  };
  // A proxy, not a copy: every other method stays the host's own, bound to it.
  const host = new Proxy(deps.host, {
    get(target, prop, receiver) {
      if (prop === 'addPublicComment') return addPublicComment;
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });

  const notifier: Notifier = {
    page: async (m) => {
      if (!(await drillOf(m.incidentKey))) return deps.notifier.page(m);
      if (!allowedInDrill(m.purpose)) return withhold(m.incidentKey, `${label(m.purpose)} email`, m.subject);
      return deps.notifier.page({ ...m, subject: markSubject(m.subject), body: markBody(m.body) });
    },
  };

  const http: OutboundHttp = {
    send: async (r) => {
      if (r.about && !allowedInDrill(r.about.purpose) && (await drillOf(r.about.incidentKey))) {
        await withhold(r.about.incidentKey, label(r.about.purpose), new URL(r.url).host);
        return WITHHELD;
      }
      return deps.http.send(r);
    },
  };
  return { ...deps, host, notifier, http };
}

function label(p: OutboundPurpose): string {
  switch (p) {
    case 'responderPage': return 'page';
    case 'stakeholder': return 'stakeholder message';
    case 'customer': return 'customer message';
    case 'statusPage': return 'status-page update';
    case 'monitoringWebhook': return 'outbound webhook';
  }
}
