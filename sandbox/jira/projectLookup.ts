import { JiraError } from './jiraError.js';
import type { ProjectRecord } from './siteTypes.js';
import type { DirectoryStore } from './store/directoryStore.js';

/** Projects by key or id, re-read from SQLite only when the directory changed. */
export class ProjectLookup {
  private cache: ProjectRecord[] = [];
  private version = -1;

  constructor(private readonly directory: DirectoryStore) {}

  all(): readonly ProjectRecord[] {
    if (this.version !== this.directory.version) {
      this.cache = this.directory.projects();
      this.version = this.directory.version;
    }
    return this.cache;
  }

  find(keyOrId: string): ProjectRecord | undefined {
    const wanted = keyOrId.toUpperCase();
    return this.all().find((p) => p.key === wanted || p.id === keyOrId);
  }

  byServiceDesk(serviceDeskId: string): ProjectRecord | undefined {
    return this.all().find((p) => p.serviceDeskId === serviceDeskId);
  }

  get(keyOrId: string): ProjectRecord {
    const p = this.find(keyOrId);
    if (!p) throw new JiraError(404, [`No project could be found with key '${keyOrId}'.`]);
    return p;
  }
}
