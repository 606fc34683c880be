/**
 * The demo incidents, written as stories relative to "now" so that every SLA state shows up
 * whatever day the sandbox starts: near breach, breached, paused, met, resolved, reopened.
 * Times are minutes after creation; `ageMin` is how long ago the incident was raised.
 */
export type DemoStatus = 'Open' | 'In Progress' | 'Waiting for customer' | 'Resolved' | 'Closed';
export type DemoPriority = 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';

export interface DemoIncident {
  summary: string;
  priority: DemoPriority;
  impact: 'Extensive / Widespread' | 'Significant / Large' | 'Moderate / Limited' | 'Minor / Localized';
  urgency: 'Critical' | 'High' | 'Medium' | 'Low';
  service: 'Payments' | 'Email' | 'Intranet' | 'Mainframe billing';
  ageMin: number;
  reporter?: string;
  assignee?: string;
  labels?: string[];
  moves?: { at: number; to: DemoStatus; by: string }[];
  comments?: { at: number; by: string; text: string; internal?: boolean }[];
  /** Issue properties, as the app would have written them. */
  properties?: Record<string, unknown>;
}

const ANA = 'sandbox-agent-ana';
const BEN = 'sandbox-agent-ben';
const LENA = 'sandbox-lead-lena';
const OMAR = 'sandbox-lead-omar';
const CHRIS = 'sandbox-customer-chris';

export const DEMO_INCIDENTS: readonly DemoIncident[] = [
  { summary: 'Card payments failing at checkout', priority: 'Highest', impact: 'Extensive / Widespread', urgency: 'Critical', service: 'Payments', ageMin: 220, assignee: ANA, labels: ['major-incident'],
    moves: [{ at: 8, to: 'In Progress', by: ANA }], comments: [{ at: 10, by: ANA, text: 'We are investigating failed card authorisations.' }] },
  { summary: 'Payment gateway timeouts for EU customers', priority: 'Highest', impact: 'Significant / Large', urgency: 'Critical', service: 'Payments', ageMin: 300 },
  { summary: 'Outbound email queued for hours', priority: 'High', impact: 'Significant / Large', urgency: 'High', service: 'Email', ageMin: 450, assignee: BEN,
    moves: [{ at: 20, to: 'In Progress', by: BEN }], comments: [{ at: 25, by: BEN, text: 'Mail relay backlog identified; draining it now.' }] },
  { summary: 'Shared mailbox not syncing on mobile', priority: 'High', impact: 'Moderate / Limited', urgency: 'High', service: 'Email', ageMin: 600, assignee: ANA,
    moves: [{ at: 30, to: 'In Progress', by: ANA }, { at: 240, to: 'Waiting for customer', by: ANA }],
    comments: [{ at: 35, by: ANA, text: 'Which app version are you on?' }, { at: 240, by: ANA, text: 'Waiting for the device details.' }] },
  { summary: 'Mainframe billing batch did not start', priority: 'Highest', impact: 'Extensive / Widespread', urgency: 'Critical', service: 'Mainframe billing', ageMin: 60, labels: ['batch'], reporter: BEN },
  { summary: 'Intranet search returns no results', priority: 'High', impact: 'Moderate / Limited', urgency: 'Medium', service: 'Intranet', ageMin: 20 },
  { summary: 'Intranet pages load slowly', priority: 'Medium', impact: 'Moderate / Limited', urgency: 'Medium', service: 'Intranet', ageMin: 2 * 24 * 60, assignee: OMAR,
    moves: [{ at: 60, to: 'In Progress', by: OMAR }], comments: [{ at: 62, by: OMAR, text: 'Looking at the CDN cache hit rate.' }, { at: 90, by: OMAR, text: 'CDN config diff attached for review.', internal: true }] },
  { summary: 'Calendar invites arrive twice', priority: 'Medium', impact: 'Minor / Localized', urgency: 'Low', service: 'Email', ageMin: 26 * 60, assignee: BEN,
    moves: [{ at: 30, to: 'In Progress', by: BEN }, { at: 180, to: 'Resolved', by: BEN }], comments: [{ at: 31, by: BEN, text: 'Reproduced; a transport rule duplicates them.' }] },
  { summary: 'Cannot print payslips from intranet', priority: 'Low', impact: 'Minor / Localized', urgency: 'Low', service: 'Intranet', ageMin: 24 * 60, assignee: ANA,
    moves: [{ at: 120, to: 'Waiting for customer', by: ANA }], comments: [{ at: 120, by: ANA, text: 'Could you send a screenshot of the error?' }] },
  { summary: 'Old intranet logo still shown', priority: 'Lowest', impact: 'Minor / Localized', urgency: 'Low', service: 'Intranet', ageMin: 3 * 24 * 60 },
  { summary: 'Refunds stuck in pending', priority: 'Highest', impact: 'Significant / Large', urgency: 'Critical', service: 'Payments', ageMin: 8 * 60, assignee: LENA,
    moves: [{ at: 5, to: 'In Progress', by: LENA }, { at: 120, to: 'Resolved', by: LENA }], comments: [{ at: 6, by: LENA, text: 'Refund worker restarted; monitoring.' }] },
  { summary: 'Duplicate charges on subscriptions', priority: 'High', impact: 'Significant / Large', urgency: 'High', service: 'Payments', ageMin: 14 * 60, assignee: LENA, labels: ['customer-impact'],
    moves: [{ at: 90, to: 'In Progress', by: LENA }, { at: 600, to: 'Resolved', by: LENA }], comments: [{ at: 95, by: LENA, text: 'Duplicates confirmed; refunds scheduled.' }] },
  { summary: 'Billing statements misaligned', priority: 'Medium', impact: 'Moderate / Limited', urgency: 'Medium', service: 'Mainframe billing', ageMin: 4 * 24 * 60, assignee: OMAR,
    moves: [{ at: 60, to: 'In Progress', by: OMAR }, { at: 600, to: 'Closed', by: OMAR }], comments: [{ at: 61, by: OMAR, text: 'Template fix deployed.' }] },
  { summary: 'Billing export missing yesterday\'s rows', priority: 'High', impact: 'Moderate / Limited', urgency: 'High', service: 'Mainframe billing', ageMin: 50, assignee: BEN, reporter: OMAR,
    moves: [{ at: 15, to: 'In Progress', by: BEN }], comments: [{ at: 16, by: BEN, text: 'Re-running the export job.' }] },
  { summary: 'Saved cards not shown in wallet', priority: 'Medium', impact: 'Moderate / Limited', urgency: 'Medium', service: 'Payments', ageMin: 240 },
  { summary: 'Out-of-office replies not sent', priority: 'Low', impact: 'Minor / Localized', urgency: 'Low', service: 'Email', ageMin: 30 },
  { summary: 'Apple Pay declined for some cards', priority: 'Highest', impact: 'Significant / Large', urgency: 'High', service: 'Payments', ageMin: 120, assignee: ANA,
    moves: [{ at: 10, to: 'In Progress', by: ANA }, { at: 90, to: 'Waiting for customer', by: ANA }], comments: [{ at: 12, by: ANA, text: 'Which card issuers are affected?' }] },
  { summary: 'Intranet login loops after SSO change', priority: 'Medium', impact: 'Moderate / Limited', urgency: 'High', service: 'Intranet', ageMin: 30 * 60, assignee: OMAR,
    moves: [{ at: 60, to: 'In Progress', by: OMAR }, { at: 300, to: 'Resolved', by: OMAR }, { at: 1200, to: 'Open', by: CHRIS }],
    comments: [{ at: 61, by: OMAR, text: 'SSO redirect fixed.' }, { at: 1200, by: CHRIS, text: 'It is happening again this morning.' }] },
  { summary: 'VPN users cannot reach intranet', priority: 'High', impact: 'Significant / Large', urgency: 'High', service: 'Intranet', ageMin: 6 * 60, assignee: LENA,
    moves: [{ at: 40, to: 'In Progress', by: LENA }], comments: [{ at: 45, by: LENA, text: 'Split tunnel routes being checked.' }] },
  { summary: 'Receipt emails have broken links', priority: 'Low', impact: 'Minor / Localized', urgency: 'Low', service: 'Payments', ageMin: 5 * 24 * 60, assignee: BEN,
    moves: [{ at: 600, to: 'In Progress', by: BEN }, { at: 2000, to: 'Resolved', by: BEN }], comments: [{ at: 601, by: BEN, text: 'Link template corrected.' }] },
];
