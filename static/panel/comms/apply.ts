import type { Envelope, IncidentView } from '../../../src/contracts/resolvers.js';

/** Runs an action resolver and shows the view it returns (the panel's `applyAction`). */
export type Apply = (action: Promise<Envelope<IncidentView>>) => Promise<Envelope<IncidentView>>;
