// The claims cache on disk: `.claimcheck-cache/` under the working
// directory, one JSON file per source and key, in a folder named after the
// engine version. A new engine version reads from a new folder and removes
// the folders of other versions, so a version change invalidates everything
// at once. Writes are atomic (temporary file + rename); a cache that cannot
// be read or written is skipped silently: it only ever saves time.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Claim } from '../../model/claim.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { engineVersion } from './key.js';

export const CACHE_DIR = '.claimcheck-cache';
const PREFIX = 'claims-';

interface Entry {
  engine: string;
  key: string;
  claims: Claim[];
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  errors: number;
}

export interface ClaimCacheOptions {
  /** Folder holding the cache; default `.claimcheck-cache` in the working directory. */
  root?: string;
  /** Engine version; default engineVersion(). */
  engine?: string;
}

export class ClaimCache {
  readonly root: string;
  readonly engine: string;
  readonly dir: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, writes: 0, errors: 0 };
  private pruned = false;

  constructor(o: ClaimCacheOptions = {}) {
    this.root = path.resolve(o.root ?? path.join(process.cwd(), CACHE_DIR));
    this.engine = o.engine ?? engineVersion();
    const tag = createHash('sha256').update(this.engine).digest('hex').slice(0, 16);
    this.dir = path.join(this.root, `${PREFIX}${tag}`);
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** The claims stored under `key`, or undefined (absent, unreadable, or from another engine). */
  get(key: string): Claim[] | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(key), 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const e = JSON.parse(text) as Entry;
      if (e.engine === this.engine && e.key === key && Array.isArray(e.claims)) {
        this.stats.hits++;
        return e.claims;
      }
    } catch {
      // A damaged entry is a miss; the next write replaces it.
    }
    this.stats.misses++;
    return undefined;
  }

  /** Stores claims under `key`, atomically; `json` is JSON.stringify(claims) when the caller has it. Never throws. */
  set(key: string, claims: Claim[], json?: string): void {
    try {
      if (!this.pruned) this.prune();
      const head = JSON.stringify({ engine: this.engine, key });
      writeFileAtomic(this.file(key), `${head.slice(0, -1)},"claims":${json ?? JSON.stringify(claims)}}`);
      this.stats.writes++;
    } catch {
      this.stats.errors++;
    }
  }

  /** Removes the entries of every other engine version. Never throws. */
  prune(): void {
    this.pruned = true;
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return;
    }
    const own = path.basename(this.dir);
    for (const n of names) {
      if (n.startsWith(PREFIX) && n !== own) {
        try {
          rmSync(path.join(this.root, n), { recursive: true, force: true });
        } catch {
          this.stats.errors++;
        }
      }
    }
  }
}
