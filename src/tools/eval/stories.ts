// Story folders for the evaluation tools: a folder with sources/ and
// gold.yaml is one story; a folder of such folders is read whole.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Story {
  name: string;
  sources: string;
  gold: string;
}

export function storiesIn(dir: string): Story[] {
  if (existsSync(path.join(dir, 'gold.yaml')) && existsSync(path.join(dir, 'sources'))) {
    return [{ name: path.basename(path.resolve(dir)), sources: path.join(dir, 'sources'), gold: path.join(dir, 'gold.yaml') }];
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`eval: ${dir} is not a folder`);
    process.exit(2);
  }
  const found = readdirSync(dir)
    .sort()
    .flatMap((d) => {
      const sub = path.join(dir, d);
      return statSync(sub).isDirectory() && existsSync(path.join(sub, 'gold.yaml')) ? storiesIn(sub) : [];
    });
  if (found.length === 0) {
    console.error(`eval: no story folders (sources/ and gold.yaml) in ${dir}`);
    process.exit(2);
  }
  return found;
}
