/** Reading `--constraints FILE`: the constraints, or every problem with the file's name and the path in it. */
import { parseConstraints, type OptimiseConstraints } from '../../engine/index';
import { notJsonProblem, readTextFile } from '../textFile';

/** `wellFormed`: with problems of form, the constraints that were well formed (parseConstraints), to check for feasibility too. */
export type ConstraintsRead = { ok: true; constraints: OptimiseConstraints } | { ok: false; problems: string[]; wellFormed?: OptimiseConstraints | null };

export function readConstraintsFile(file: string): ConstraintsRead {
  const read = readTextFile(file);
  if (!read.ok) return { ok: false, problems: [`--constraints: cannot read ${JSON.stringify(file)}: ${read.why}`] };
  let doc: unknown;
  try {
    doc = JSON.parse(read.text);
  } catch (e) {
    return { ok: false, problems: [notJsonProblem(file, read.text, e)] };
  }
  const parsed = parseConstraints(doc);
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.issues.map((i) => `${file}: ${i.path || '(constraints)'}: ${i.message}`), wellFormed: parsed.wellFormed };
}
