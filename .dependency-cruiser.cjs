// Layer rules from ../shared/STYLE.md, checked by `npm run lint:layers` inside `npm test`.
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure logic: no adapters, entry points, Forge SDKs or jira.js.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { path: ['^src/(adapters|entry|app|ports)', 'node_modules/@forge/', 'node_modules/jira\\.js/', '^sandbox/'] },
    },
    {
      name: 'domain-no-node-io',
      comment: 'The domain never touches I/O or the clock through Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?crypto$' },
    },
    {
      name: 'app-not-to-adapters',
      comment: 'Use cases take ports as arguments; they never import an adapter or entry point.',
      severity: 'error',
      from: { path: '^src/(app|ports)' },
      to: { path: ['^src/(adapters|entry)', 'node_modules/@forge/', 'node_modules/jira\\.js/'] },
    },
    {
      name: 'adapters-not-to-app',
      comment: 'Adapters implement ports; wiring adapters into use cases happens only in src/entry/compose.',
      severity: 'error',
      from: { path: '^src/adapters' },
      to: { path: ['^src/(app|entry)'] },
    },
    {
      name: 'compose-only-in-entry',
      comment: 'Use cases and domain never reach the composition root.',
      severity: 'error',
      from: { path: '^src/(domain|app|ports|adapters|contracts)' },
      to: { path: '^src/entry/compose' },
    },
    {
      name: 'contracts-stand-alone',
      comment: 'Contracts are shared with static/: they may import only zod and each other.',
      severity: 'error',
      from: { path: '^src/contracts' },
      to: { path: '^src/(?!contracts)' },
    },
    {
      name: 'ui-imports-contracts-only',
      comment: 'Custom UI may import src/contracts and nothing else from src/.',
      severity: 'error',
      from: { path: '^static/' },
      to: { path: '^src/(?!contracts/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(build|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
