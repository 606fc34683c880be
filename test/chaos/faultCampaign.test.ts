import { faultCampaignSubset } from './faultCampaignSubset.js';

// Seeds 8 and 9 once lost or repeated steps after killed invocations and KVS failures.
// Seed 26 (without tampering) still writes one step comment twice after a killed run: see the branch report.
faultCampaignSubset([8, 9]);
