/** Someone who could take an incident, as the caller sees them at the moment of choosing. */
export interface Candidate {
  readonly accountId: string;
  readonly displayName: string;
  /** Computed by the caller from the on-call schedules. */
  readonly onShift: boolean;
  readonly skills: readonly string[];
  readonly openIncidents: number;
  readonly pagesLast24h: number;
}

/** What the incident is about; every value is a tag a skill can match. */
export interface IncidentTags {
  readonly service: string;
  readonly components: readonly string[];
  readonly labels: readonly string[];
}
