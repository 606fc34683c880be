/**
 * What the Apps-menu page (the dashboard, the one surface every licensed user reaches on a real
 * site) offers the caller besides the active escalations. Jira shows the settings page to Jira
 * administrators only, so auditors and responders who are not admins work from here.
 */
export interface MySurfacesView {
  /** The caller's app roles, as labels people read ("auditor", "responder"). */
  roles: string[];
  sections: {
    /** Their own duties (levels, rotations, backups) and the confirmation prompt. */
    duties: boolean;
    /** The access log of refusals and bypass attempts. */
    accessLog: boolean;
    /** Monthly adherence audits, dispositions, sign-off and the audit trail's verification. */
    governance: boolean;
  };
}
