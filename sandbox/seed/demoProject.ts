import type { ProjectRecord } from '../jira/siteTypes.js';

/** The "IT Operations" service desk: project ITOPS (id 10000), service desk 1. */
export const ITOPS: ProjectRecord = {
  id: '10000',
  key: 'ITOPS',
  name: 'IT Operations',
  serviceDeskId: '1',
  leadAccountId: 'sandbox-manager-maya',
  components: [
    { id: '10100', name: 'Payments' },
    { id: '10101', name: 'Email' },
    { id: '10102', name: 'Intranet' },
    { id: '10103', name: 'Mainframe billing' },
  ],
  requestTypes: [
    { id: '1', name: 'Report an incident', description: 'Something is broken or not working as it should.', issueTypeId: '10001' },
    { id: '2', name: 'Report a system outage', description: 'A whole service is down.', issueTypeId: '10001' },
    { id: '3', name: 'Get IT help', description: 'Ask the IT team a question.', issueTypeId: '10002' },
    { id: '4', name: 'Request new software', description: 'Ask for an application to be installed.', issueTypeId: '10002' },
  ],
};
