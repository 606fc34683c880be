export interface SummaryFacts {
  key: string;
  summary: string;
  priority: string | null;
  service: string | null;
  why: string;
  bridge: string | null;
  issueUrl: string | null;
  commander: string | null;
  drill: boolean;
}

/** The first message of a war room, pinned: what, how bad, where to talk, where the record is. */
export function warRoomSummary(f: SummaryFacts): string {
  return [
    `${f.drill ? '[DRILL] ' : ''}*${f.key}: ${f.summary}*`,
    `Priority: ${f.priority ?? 'not set'} · Service: ${f.service ?? 'none'} · Opened for: ${f.why}`,
    `Bridge: ${f.bridge ?? 'not opened yet'}`,
    `Jira: ${f.issueUrl ?? f.key}`,
    f.commander ? `Incident commander: ${f.commander}` : '',
    'Every escalation step, handoff and public update of the incident is posted here; the channel is archived when it is resolved.',
  ].filter(Boolean).join('\n');
}
