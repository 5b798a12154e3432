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
export function loadSchoolDatasetFile(abs: string): { dataset?: SchoolDataset; diagnostics: Diagnostic[] } {
  const shown = relative(process.cwd(), abs).split(sep).join('/');
  const marker = `${sep}content${sep}schools${sep}`;
  const at = abs.lastIndexOf(marker);
  let root: string;
  let inTree: string;
  let fs: ContentFs | undefined;
  if (at !== -1) {
    root = abs.slice(0, at);
    inTree = relative(root, abs).split(sep).join('/');
  } else {
    root = process.cwd();
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
  // A file given from outside a content tree has no folder: where examples must sit does not apply to it.
  const diagnostics = result.diagnostics
    .filter((d) => d.file === inTree && !(fs !== undefined && d.rule === 'example-flag'))
    .map((d) => ({ ...d, file: shown }));
  const entry = result.model.schools.find((s) => s.file === inTree);
  if (diagnostics.some((d) => d.severity === 'error') || !entry) {
    return { diagnostics: diagnostics.length > 0 ? diagnostics : [{ file: shown, line: 1, column: 1, severity: 'error', rule: 'file-unknown', message: `${shown} 不是学校统计数据：请给出 .yaml、.csv 或 .xlsx 文件` }] };
  }
  return { dataset: entry.dataset, diagnostics };
}

