/**
 * Stands in for @atlaskit/feature-gate-js-client (Statsig, ~45 KB gzipped) in our bundles.
 * Atlaskit components ask it for Atlassian's own rollout gates; a Forge app never initialises
 * the client, so the real one answers "off" and the default anyway. This answers the same
 * without shipping it. Any other method answers undefined.
 */
const known = {
  checkGate: (): boolean => false,
  getExperimentValue: <T>(_experiment: string, _param: string, defaultValue: T): T => defaultValue,
  getExperiment: (): undefined => undefined,
  initializeCompleted: (): boolean => false,
  initialize: (): Promise<void> => Promise.resolve(),
};

const FeatureGates = new Proxy(known, {
  get: (target, key) => (key in target ? target[key as keyof typeof known] : () => undefined),
});

export default FeatureGates;
