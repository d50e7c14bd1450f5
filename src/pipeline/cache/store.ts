// The claims cache on disk, in the user's cache folder (see cacheRoot):
// one folder per project (the sources folder), in it one folder per engine
// version, in that one gzipped JSON file per source and key. An entry holds
// what extraction found (see compact.ts), never the article's text; gzip
// takes it from about 5.6× the article's size to about 1× (claims repeat
// their field names and readings). A new
// engine version reads from a new folder and removes the project's folders
// of other versions; entries a run did not use (a source edited or
// removed) are swept after it, so a project's cache is the size of its
// current claims. Writes are atomic (temporary file + rename); a cache that
// cannot be read or written is skipped silently: it only ever saves time.
//
// Older versions kept the cache in `.claimcheck-cache/` under the working
// folder; that folder is no longer read or written (it can be deleted).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import type { Claim } from '../../model/claim.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { engineVersion } from './key.js';
import { compactClaim, expandClaim, type ClaimSource, type StoredClaim } from './compact.js';

/** The folder older versions wrote into the working directory; ignored now. */
export const LEGACY_CACHE_DIR = '.claimcheck-cache';
const PREFIX = 'claims-';
const SUFFIX = '.json.gz';

/**
 * The user's cache folder for claimcheck: `$XDG_CACHE_HOME/claimcheck` when
 * XDG_CACHE_HOME is an absolute path (the XDG spec ignores a relative one),
 * else `~/.cache/claimcheck` (HOME, else the account's home folder; with
 * neither, a folder in the temp folder).
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, home: () => string = homedir): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'claimcheck');
  let dir = env.HOME;
  if (!dir) {
    try {
      dir = home();
    } catch {
      // An account without a home folder (homedir throws): the cache must not stop the run.
    }
  }
  return dir ? path.join(dir, '.cache', 'claimcheck') : path.join(tmpdir(), 'claimcheck-cache');
}

/**
 * The folder name of a project: its folder's name (readable when someone
 * looks into the cache) and a hash of its real path (two projects never
 * share a folder, whatever their names).
 */
export function projectFolder(dir: string): string {
  let real = path.resolve(dir);
  try {
    real = realpathSync(real);
  } catch {
    // a folder that does not exist is named by its resolved path
  }
  const name = path.basename(real).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'root';
  return `${name}-${createHash('sha256').update(real).digest('hex').slice(0, 16)}`;
}

interface Entry {
  engine: string;
  key: string;
  claims: StoredClaim[];
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  errors: number;
  /** Entries removed by sweep(). */
  swept: number;
}

export interface ClaimCacheOptions {
  /** Folder holding every project's cache; default cacheRoot(). */
  root?: string;
  /** Engine version; default engineVersion(). */
  engine?: string;
  /** The project (sources folder) whose entries this cache holds; default none (entries directly under root). */
  project?: string;
}

export class ClaimCache {
  readonly root: string;
  readonly engine: string;
  readonly project?: string;
  /** The folder of this project's entries for this engine. */
  readonly dir: string;
  readonly stats: CacheStats;
  private pruned = false;
  /** Keys read or written by this run: the entries sweep() keeps. */
  private readonly used = new Set<string>();

  constructor(o: ClaimCacheOptions = {}, stats?: CacheStats) {
    this.root = path.resolve(o.root ?? cacheRoot());
    this.engine = o.engine ?? engineVersion();
    this.project = o.project;
    this.stats = stats ?? { hits: 0, misses: 0, writes: 0, errors: 0, swept: 0 };
    const tag = createHash('sha256').update(this.engine).digest('hex').slice(0, 16);
    this.dir = path.join(this.projectDir, `${PREFIX}${tag}`);
  }

  /** The folder holding this project's engine folders. */
  get projectDir(): string {
    return this.project === undefined ? this.root : path.join(this.root, projectFolder(this.project));
  }

  /** The same cache, for the project in folder `dir` (statistics are shared with this one). */
  forProject(dir: string): ClaimCache {
    return new ClaimCache({ root: this.root, engine: this.engine, project: dir }, this.stats);
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}${SUFFIX}`);
  }

  /** The claims of `source` stored under `key`, or undefined (absent, unreadable, or from another engine). */
  get(key: string, source: ClaimSource): Claim[] | undefined {
    this.used.add(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(key));
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const e = JSON.parse(gunzipSync(bytes).toString('utf8')) as Entry;
      if (e.engine === this.engine && e.key === key && Array.isArray(e.claims)) {
        this.stats.hits++;
        return e.claims.map((c) => expandClaim(c, source));
      }
    } catch {
      // A damaged entry is a miss; the next write replaces it.
    }
    this.stats.misses++;
    return undefined;
  }

  /** Stores the claims of `source` under `key`, atomically, without the texts the source holds. Never throws. */
  set(key: string, claims: Claim[], source: ClaimSource): void {
    this.used.add(key);
    try {
      if (!this.pruned) this.prune();
      const entry: Entry = { engine: this.engine, key, claims: claims.map((c) => compactClaim(c, source)) };
      writeFileAtomic(this.file(key), gzipSync(JSON.stringify(entry)));
      this.stats.writes++;
    } catch {
      this.stats.errors++;
    }
  }

  /** Removes the project's entries of every other engine version. Never throws. */
  prune(): void {
    this.pruned = true;
    let names: string[];
    try {
      names = readdirSync(this.projectDir);
    } catch {
      return;
    }
    const own = path.basename(this.dir);
    for (const n of names) {
      if (n.startsWith(PREFIX) && n !== own) {
        try {
          rmSync(path.join(this.projectDir, n), { recursive: true, force: true });
        } catch {
          this.stats.errors++;
        }
      }
    }
  }

  /**
   * Removes the entries this run neither read nor wrote: sources edited or
   * removed since they were stored. Call after the whole story went through
   * get/set; only for a project cache (entries directly under a shared
   * root may be another story's). Never throws.
   */
  sweep(): void {
    if (this.project === undefined) return;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const n of names) {
      const m = /^([0-9a-f]{64})\.json\.gz$/.exec(n);
      if (!m || this.used.has(m[1])) continue;
      try {
        rmSync(path.join(this.dir, n), { force: true });
        this.stats.swept++;
      } catch {
        this.stats.errors++;
      }
    }
  }
}
