import { defaultReviewSettings, type ReviewSettings } from '../../contracts/reviewSettings.js';
import type { ReviewStore } from '../../ports/reviewStore.js';

/** The saved review settings, or the defaults (P1–P2 and the managerial and executive paths). */
export async function reviewSettingsOrDefault(store: ReviewStore): Promise<ReviewSettings> {
  return (await store.getSettings()) ?? defaultReviewSettings;
}
