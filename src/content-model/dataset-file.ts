// One school-statistics file given on the command line (npm run indicators),
// read through the same loader as npm run check.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { SchoolDataset } from '../../schemas/school.ts';
import { diskFs, overlayFs, type ContentFs } from './content-fs.ts';
import type { Diagnostic } from './diagnostics.ts';
import { loadContent } from './load.ts';

/**
 * One dataset, loaded through the same loader as `npm run check`, so its
 * townships are checked against the units of its own county: the project whose
 * content/schools/ holds the file, or else the project in the current folder
 * (with the file standing in for that project's school data).
 */
/** The project a dataset file belongs to: the one whose content/schools/ holds it, else the one in the current folder. */
export function projectRootOf(abs: string): { root: string; inTree: boolean } {
  const at = abs.lastIndexOf(`${sep}content${sep}schools${sep}`);
  return at !== -1 ? { root: abs.slice(0, at), inTree: true } : { root: process.cwd(), inTree: false };
}

export function loadSchoolDatasetFile(abs: string): { dataset?: SchoolDataset; diagnostics: Diagnostic[] } {
  const shown = relative(process.cwd(), abs).split(sep).join('/');
  const project = projectRootOf(abs);
  const root = project.root;
  let inTree: string;
  let fs: ContentFs | undefined;
  if (project.inTree) {
    inTree = relative(root, abs).split(sep).join('/');
  } else {
    inTree = `content/schools/${abs.slice(abs.lastIndexOf(sep) + 1)}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(abs);
    } catch {
      return { diagnostics: [{ file: shown, line: 1, column: 1, severity: 'error', rule: 'file-missing', message: `找不到文件 ${shown}` }] };
    }
    const disk = diskFs(root);
    // Only this dataset: the project's own would clash with it by year.
    const others = Object.fromEntries(disk.files('content/schools').map((f) => [f, null]));
    fs = overlayFs(disk, { ...others, [inTree]: bytes });
  }
  const result = loadContent(root, fs ? { fs } : {});
  const diagnostics = result.diagnostics.filter((d) => d.file === inTree).map((d) => ({ ...d, file: shown }));
  const entry = result.model.schools.find((s) => s.file === inTree);
  if (diagnostics.some((d) => d.severity === 'error') || !entry) {
    return { diagnostics: diagnostics.length > 0 ? diagnostics : [{ file: shown, line: 1, column: 1, severity: 'error', rule: 'file-unknown', message: `${shown} 不是学校统计数据：请给出 .yaml、.csv 或 .xlsx 文件` }] };
  }
  return { dataset: entry.dataset, diagnostics };
}

