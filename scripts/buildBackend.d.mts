/** Bundles src/index.ts into `outdir` (default dist/forge) as index.cjs; resolves to the folder. */
export function buildBackend(outdir?: string): Promise<string>;
export const OUT_DIR: string;
