import { faultCampaignSubset } from './faultCampaignSubset.js';

// Two fixed seeds (the full campaign is `npm run chaos`): seed 7 mixes KVS failures, duplicate
// and late queue deliveries and Jira time-outs; seed 10 killed invocations, Jira 429s, Jira
// calls that take effect but lose their answer, and Slack/Teams/SMS failures.
faultCampaignSubset([7, 10]);
